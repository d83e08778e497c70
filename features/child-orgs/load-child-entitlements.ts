import "server-only";
import { listCatalogSoundTemplates, listCatalogVoices } from "@/lib/catalog/queries";
import type { Org, RequestContext } from "@/lib/context";
import type { Db } from "@/lib/db/client";
import { listEntitlementPresets } from "@/lib/entitlements/presets-read";
import { getOrgPath } from "@/lib/entitlements/restrictions-read";
import { getChildEntitlements } from "@/lib/entitlements/view";
import { toSoundTemplateOption, toVoiceOption } from "./catalog-options";
import { childLocks } from "./locks";

/** Loads what the restrictions editor, the preset link and the effective view of one child need. */
export async function loadChildEntitlements(db: Db, context: RequestContext, child: Org) {
  const [view, path, voices, soundTemplates, presets] = await Promise.all([
    getChildEntitlements(db, context, child.id),
    getOrgPath(db, context, child),
    listCatalogVoices(db),
    listCatalogSoundTemplates(db),
    listEntitlementPresets(db, context),
  ]);
  return {
    view,
    path,
    locks: childLocks(view.effective, path),
    voices: voices.map(toVoiceOption),
    soundTemplates: soundTemplates.map(toSoundTemplateOption),
    presets: presets.map((preset) => ({ id: preset.id, name: preset.name })),
  };
}
