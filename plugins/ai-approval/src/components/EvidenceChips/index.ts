export { EvidenceChips } from './EvidenceChips';
