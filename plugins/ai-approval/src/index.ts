export { aiApprovalPlugin as default } from './plugin';
