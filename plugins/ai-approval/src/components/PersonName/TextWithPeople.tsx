import { Fragment } from 'react';
import { People, PersonName } from './PersonName';

/**
 * `@login` (GitHub logins: letters, digits and hyphens; apps end in `[bot]`)
 * or an e-mail address, as reasons name people; the `@` of an e-mail is not
 * taken for a login.
 */
const MENTION =
  /(?<![\w.+-])@([a-z0-9][a-z0-9-]*(?:\[bot\])?)|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gi;

/**
 * A sentence of the backend's (a verdict's reason) with each person it
 * names that the catalog knows shown by {@link PersonName}: "Approved by
 * Carol Shaw on an earlier commit" instead of "@carol-shaw". Anyone else
 * stays as written.
 */
export function TextWithPeople(props: { text: string; people?: People }) {
  const { text, people } = props;
  const byKey = new Map(
    Object.keys(people ?? {}).map(identity => [
      identity.toLowerCase(),
      identity,
    ]),
  );
  if (byKey.size === 0) {
    return <>{text}</>;
  }
  const parts: JSX.Element[] = [];
  let last = 0;
  for (const match of text.matchAll(MENTION)) {
    const identity = byKey.get((match[1] ?? match[0]).toLowerCase());
    if (identity) {
      const at = match.index!;
      parts.push(<Fragment key={`t${last}`}>{text.slice(last, at)}</Fragment>);
      parts.push(
        <PersonName
          key={`p${at}`}
          identity={identity}
          people={people}
          inText
        />,
      );
      last = at + match[0].length;
    }
  }
  parts.push(<Fragment key={`t${last}`}>{text.slice(last)}</Fragment>);
  return <>{parts}</>;
}
