export { identityLabel, PersonName } from './PersonName';
export type { People } from './PersonName';
export { TextWithPeople } from './TextWithPeople';
