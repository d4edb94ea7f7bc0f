import { useMemo } from 'react';
import { z } from 'zod';
import { type CaseService, type CategoryAttribute, categoryAttributeSchema } from '@layanan/domain';
import { type CategoryName, useCategories } from './hooks.js';

/** A category with its extra questions parsed (questions that do not parse are left out). */
export interface Category extends Omit<CategoryName, 'attributesJson'> {
  attributes: CategoryAttribute[];
}

const attributesSchema = z.array(z.unknown());

function parseAttributes(json: string): CategoryAttribute[] {
  let list: unknown[];
  try {
    list = attributesSchema.parse(JSON.parse(json));
  } catch {
    return [];
  }
  return list.flatMap((item) => {
    const parsed = categoryAttributeSchema.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  });
}

/**
 * The service's categories with their extra questions, for the report form and
 * the case details (the pages that load zod anyway).
 */
export function useCategoryQuestions(service: CaseService) {
  const query = useCategories(service);
  const { categories: names } = query;
  const categories = useMemo<Category[] | undefined>(
    () =>
      names?.map(({ attributesJson, ...category }) => ({
        ...category,
        attributes: parseAttributes(attributesJson),
      })),
    [names],
  );
  return { ...query, categories };
}
