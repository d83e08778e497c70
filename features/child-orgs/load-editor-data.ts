import "server-only";
import { listCatalogSoundTemplates, listCatalogVoices } from "@/lib/catalog/queries";
import type { RequestContext } from "@/lib/context";
import type { Db } from "@/lib/db/client";
import { getActingOrgRestrictions } from "@/lib/entitlements/restrictions-read";
import { toSoundTemplateOption, toVoiceOption } from "./catalog-options";
import { parentLocks, type Locks } from "./locks";
import type { CatalogOption } from "./catalog-options";

export interface EditorData {
  voices: CatalogOption[];
  soundTemplates: CatalogOption[];
  locks: Locks;
}

/** Loads the catalog and locks for values the acting org gives its children (presets, bulk changes). */
export async function loadEditorData(db: Db, context: RequestContext): Promise<EditorData> {
  const [restrictions, voices, soundTemplates] = await Promise.all([
    getActingOrgRestrictions(db, context),
    listCatalogVoices(db),
    listCatalogSoundTemplates(db),
  ]);
  return {
    locks: parentLocks(restrictions.effective, restrictions.path),
    voices: voices.map(toVoiceOption),
    soundTemplates: soundTemplates.map(toSoundTemplateOption),
  };
}
