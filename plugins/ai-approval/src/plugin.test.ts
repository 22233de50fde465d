import { aiApprovalPlugin } from './plugin';

describe('ai-approval', () => {
  it('should export plugin', () => {
    expect(aiApprovalPlugin).toBeDefined();
  });
});
