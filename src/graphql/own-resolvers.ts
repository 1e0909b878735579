// Which fields run code of ours when resolved: the root queries and commands and the @ResolveField
// look-ups (a case's petitioner, its assignee), as Nest hands them to the schema. The cost estimate charges
// those more than the plain properties Nest resolves by itself.

/** `Type.field` of every field with a resolver of its own. */
const fieldsWithOwnResolver = new Set<string>();

/** Whether the field runs code of ours (a look-up) rather than reading a property of its parent. */
export function hasOwnResolver(type: { readonly name: string }, field: { readonly name: string }): boolean {
  return fieldsWithOwnResolver.has(`${type.name}.${field.name}`);
}

/** Notes every resolver Nest found (by type, then field) and hands the map on unchanged. */
export function noteOwnResolvers<Resolvers>(resolvers: Resolvers): Resolvers {
  for (const map of (Array.isArray(resolvers) ? resolvers : [resolvers]) as Record<string, unknown>[]) {
    for (const [typeName, fields] of Object.entries(map)) {
      // Scalars are GraphQLScalarType instances, not plain maps of field resolvers.
      if (
        typeof fields !== 'object' ||
        fields === null ||
        Object.getPrototypeOf(fields) !== Object.prototype
      ) {
        continue;
      }
      for (const [fieldName, resolve] of Object.entries(fields)) {
        if (typeof resolve === 'function') fieldsWithOwnResolver.add(`${typeName}.${fieldName}`);
      }
    }
  }
  return resolvers;
}
