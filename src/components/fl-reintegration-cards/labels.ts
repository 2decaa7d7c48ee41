import { msg } from '@lit/localize';
import type { OfferKind, Profile } from '../../content/schema/reintegration.js';

/** The kinds of support, in the order the filters show them (the schema's enum, known here without zod). */
export const KINDS: readonly OfferKind[] = ['travel-documents', 'premium', 'business', 'housing', 'medical', 'education', 'family', 'counselling'];
export const PROFILE_LIST: readonly Profile[] = ['family', 'medical', 'alone'];

export function kindLabel(kind: OfferKind): string {
  switch (kind) {
    case 'travel-documents':
      return msg('Travel and documents', { id: 'reint.kind.travel-documents' });
    case 'premium':
      return msg('Return premium', { id: 'reint.kind.premium' });
    case 'business':
      return msg('Support for a small business', { id: 'reint.kind.business' });
    case 'housing':
      return msg('Housing', { id: 'reint.kind.housing' });
    case 'medical':
      return msg('Medical needs', { id: 'reint.kind.medical' });
    case 'education':
      return msg('Education and training', { id: 'reint.kind.education' });
    case 'family':
      return msg('Family support', { id: 'reint.kind.family' });
    default:
      return msg('Counselling', { id: 'reint.kind.counselling' });
  }
}

export function profileLabel(profile: Profile): string {
  switch (profile) {
    case 'family':
      return msg('A family with children', { id: 'reint.profile.family' });
    case 'medical':
      return msg('Someone with medical needs', { id: 'reint.profile.medical' });
    default:
      return msg('A person alone', { id: 'reint.profile.alone' });
  }
}
