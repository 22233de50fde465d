import { createExtensionTester } from '@backstage/frontend-test-utils';
import { EntityContentBlueprint } from '@backstage/plugin-catalog-react/alpha';
import { componentEntity, groupEntity } from './__testUtils__/fixtures';
import plugin, {
  aiApprovalEntityContent,
  aiApprovalTeamContent,
} from './alpha';

const { filterFunction } = EntityContentBlueprint.dataRefs;

describe('ai-approval alpha plugin', () => {
  it('is the ai-approval plugin', () => {
    expect(plugin.pluginId).toBe('ai-approval');
  });

  it('shows the team tab on Group pages only', () => {
    const filter = createExtensionTester(aiApprovalTeamContent).get(
      filterFunction,
    )!;
    expect(filter(groupEntity)).toBe(true);
    expect(filter({ ...groupEntity, kind: 'group' })).toBe(true);
    expect(filter(componentEntity)).toBe(false);
  });

  it('shows the entity tab on annotated entities that are not Groups', () => {
    const filter = createExtensionTester(aiApprovalEntityContent).get(
      filterFunction,
    )!;
    expect(filter(componentEntity)).toBe(true);
    expect(filter({ ...componentEntity, metadata: { name: 'x' } })).toBe(false);
    expect(filter({ ...groupEntity, metadata: componentEntity.metadata })).toBe(
      false,
    );
  });
});
