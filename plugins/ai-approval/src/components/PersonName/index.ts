export { identityLabel, PersonName } from './PersonName';
