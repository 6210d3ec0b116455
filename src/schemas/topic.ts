import { z } from 'astro/zod';

export const topicSchema = z.strictObject({
  name: z.string().trim().min(1),
  description: z.string().trim().min(1),
});

export type TopicData = z.infer<typeof topicSchema>;
