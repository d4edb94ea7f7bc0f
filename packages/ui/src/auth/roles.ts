import { type Lang, type Role, roleLabels } from '@layanan/domain';

export function roleLabel(role: Role, lang: Lang): string {
  return roleLabels[role][lang];
}

export function roleList(roles: readonly Role[], lang: Lang): string {
  return roles.map((role) => roleLabel(role, lang)).join(', ');
}
