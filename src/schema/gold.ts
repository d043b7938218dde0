import { z } from 'zod';

/** A hand-annotated document (the format of `test/arsom-2021.gold.json`, described in the README). */
const span = { start: z.number().int(), end: z.number().int(), text: z.string() };
const required = z.boolean().default(true);

export const GoldFile = z
  .object({
    document: z.string(),
    sha256: z.string().optional(),
    language: z.string(),
    dct: z.string().nullable().optional(),
    dateline: z
      .object({ ...span, entity: z.string().optional() })
      .nullable()
      .optional(),
    sentences: z.array(z.object(span)),
    clusters: z.record(
      z.string(),
      z
        .object({
          type: z.string(),
          canonical: z.string(),
          aliases: z.array(z.string()).optional(),
          country: z.string().optional(),
        })
        .loose(),
    ),
    entities: z.array(z.object({ ...span, type: z.string(), entity: z.string(), required })),
    timex: z.array(
      z.object({
        ...span,
        type: z.string(),
        value: z.string().nullable(),
        value_without_dct: z.string().nullable().optional(),
        required,
      }),
    ),
    roles: z.array(
      z.object({ ...span, holder: z.string().nullable(), organization: z.string().nullable().optional(), required }),
    ),
    commitments: z.array(
      z
        .object({
          type: z.string(),
          trigger: z.object(span),
          actors: z.array(z.string()),
          target: z.array(z.string()).optional(),
          object: z.array(z.string()).optional(),
          content: z.object(span).nullable().optional(),
          sentence: z.number().int().optional(),
          status: z.string().optional(),
          required,
        })
        .loose(),
    ),
    quotes: z.array(z.object({ ...span, speaker: z.string().nullable(), cue: z.object(span).nullable().optional() })),
  })
  .loose();
export type GoldFile = z.infer<typeof GoldFile>;
