import { asc } from "drizzle-orm";
import { soundTemplates, voices } from "@/db/schema";
import type { Db } from "@/lib/db/client";

export type Voice = typeof voices.$inferSelect;
export type SoundTemplate = typeof soundTemplates.$inferSelect;

/** The whole voice catalog; it is public product data, the same for every org. */
export function listCatalogVoices(db: Db): Promise<Voice[]> {
  return db.select().from(voices).orderBy(asc(voices.name));
}

export function listCatalogSoundTemplates(db: Db): Promise<SoundTemplate[]> {
  return db.select().from(soundTemplates).orderBy(asc(soundTemplates.name));
}
