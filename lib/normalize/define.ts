import type { MappedText } from './mapped-text';

export interface Normalizer {
  id: string;
  description: string;
  apply(input: MappedText): MappedText;
}

export function defineNormalizer(n: Normalizer): Normalizer {
  return n;
}
