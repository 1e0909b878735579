// The staff list the Auditoría screen names people with: events and cases record who by id only.
import { useMemo } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../graphql/generated';

const AUDIT_STAFF = graphql(`
  query AuditStaff {
    users {
      id
      username
      fullName
    }
  }
`);

export interface StaffMember {
  readonly id: string;
  /** The full name, or the username of an account without one. */
  readonly name: string;
}

/** Everyone with an account, by name, and a map from id to name. */
export function useStaff(): {
  readonly staff: readonly StaffMember[];
  readonly names: ReadonlyMap<string, string>;
} {
  const [{ data }] = useQuery({ query: AUDIT_STAFF });
  return useMemo(() => {
    const staff = (data?.users ?? [])
      .map((user) => ({ id: user.id, name: user.fullName ?? user.username }))
      .sort((left, right) => left.name.localeCompare(right.name, 'es'));
    return { staff, names: new Map(staff.map((member) => [member.id, member.name])) };
  }, [data]);
}
