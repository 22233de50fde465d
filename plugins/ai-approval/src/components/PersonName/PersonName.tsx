import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { CatalogPerson } from '@ai-approval/backstage-plugin-ai-approval-common';

/** The catalog Users of logins and e-mails, as the changes API returns them. */
export type People = Record<string, CatalogPerson>;

/** How a login or e-mail is shown: `@login`, an e-mail as it is. */
export function identityLabel(identity: string): string {
  return identity.includes('@') ? identity : `@${identity}`;
}

/**
 * A person as a change names them (login or e-mail): by their catalog User,
 * linked to its page, when the catalog knows them; else by the identity.
 * The identity is kept as the hover title either way.
 */
export function PersonName(props: {
  identity: string;
  people?: People;
  /** inside a sentence: underlined, as colour alone does not mark a link there */
  inText?: boolean;
}) {
  const { identity, people, inText } = props;
  const label = identityLabel(identity);
  const person = people?.[identity];
  return (
    <span title={label}>
      {person ? (
        <EntityRefLink
          entityRef={person.userRef}
          disableTooltip
          underline={inText ? 'always' : 'hover'}
        >
          {person.displayName ?? label}
        </EntityRefLink>
      ) : (
        label
      )}
    </span>
  );
}
