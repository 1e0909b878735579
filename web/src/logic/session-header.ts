// What the bar says of who is signed in: their name, then their role in a chip. Pure: no React.

/** Letters only, without case or accents: "ADMINISTRADOR" and "administrador" say the same. */
function plain(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').trim().toLowerCase();
}

/**
 * The name the bar shows next to the role's chip. An account named like its role (the first
 * administrator is "Administrador") would read "Administrador Administrador": it shows its username
 * instead, and the role once.
 */
export function headerUserName(
  user: { readonly fullName: string | null; readonly username: string },
  roleLabel: string,
): string {
  const name = user.fullName?.trim() ?? '';
  return name === '' || plain(name) === plain(roleLabel) ? user.username : name;
}
