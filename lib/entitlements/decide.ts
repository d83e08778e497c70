import { z } from "zod";
import { ACTIVITIES, type Activity } from "@/lib/catalog/activities";
import { getCatalogIndex } from "@/lib/catalog/cache";
import { syncTreeVersion } from "@/lib/cache/tree-cache";
import type { Org, RequestContext } from "@/lib/context";
import type { Db } from "@/lib/db/client";
import { Invalid } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { loadEffectiveEntitlements, type EffectiveEntitlements, type OrgRef } from "./effective";

/** A question from an audio service: may the acting org make this call? */
export const DecisionInput = z.strictObject({
  activity: z.enum(ACTIVITIES, { message: `activity must be one of: ${ACTIVITIES.join(", ")}` }),
  voice: z.string({ message: "voice must be a voice id" }).min(1).max(100).optional(),
  soundTemplate: z.string({ message: "soundTemplate must be a sound design id" }).min(1).max(100).optional(),
  voiceIntelligence: z.boolean({ message: "voiceIntelligence must be true or false" }).optional(),
});
export type DecisionInput = z.infer<typeof DecisionInput>;

export type DenialCode =
  | "org_suspended"
  | "permission_missing"
  | "activity_not_allowed"
  | "voice_not_allowed"
  | "sound_template_not_allowed"
  | "voice_intelligence_not_allowed";

export interface DecisionReason {
  code: DenialCode;
  /** The org whose setting denied the request. */
  orgId: string;
  orgName: string;
  message: string;
}

export interface Decision {
  allowed: boolean;
  /** Every denial, each naming the org whose setting caused it; empty when allowed. */
  reasons: DecisionReason[];
}

/**
 * Decides whether an org may make a call. Given a request context, the org is the acting org and
 * the caller's role must also hold `use.<activity>`; given an org, only its entitlements count.
 * Unknown voice and sound design ids are Invalid. Reads only memory unless a change was made
 * since the last decision for this org (see `lib/cache/tree-cache.ts`).
 */
export async function decide(db: Db, subject: RequestContext | Org, rawInput: unknown): Promise<Decision> {
  const input = parseInput(DecisionInput, rawInput);
  const context = "actingOrg" in subject ? subject : undefined;
  const org = context ? context.actingOrg : (subject as Org);
  await syncTreeVersion(db, org.rootId);

  const catalog = await getCatalogIndex(db);
  if (input.voice !== undefined && !catalog.voiceIds.has(input.voice)) {
    throw new Invalid(`voice: unknown voice id "${input.voice}".`, "voice");
  }
  if (input.soundTemplate !== undefined && !catalog.soundTemplateIds.has(input.soundTemplate)) {
    throw new Invalid(`soundTemplate: unknown sound design id "${input.soundTemplate}".`, "soundTemplate");
  }

  const effective = await loadEffectiveEntitlements(db, org);
  const reasons = denials(effective, input, org);
  if (context && !context.permissions.has(`use.${input.activity}`)) {
    reasons.push({
      code: "permission_missing",
      orgId: context.homeOrg.id,
      orgName: context.homeOrg.name,
      message: `The role ${context.role} in ${context.homeOrg.name} lacks the permission use.${input.activity}.`,
    });
  }
  return { allowed: reasons.length === 0, reasons };
}

function denials(effective: EffectiveEntitlements, input: DecisionInput, org: Org): DecisionReason[] {
  // No closures here: this runs on every decision, and each closure created per call costs time.
  const reasons: DecisionReason[] = [];
  const suspended = effective.suspendedBy;
  if (suspended) {
    const below = suspended.orgId === org.id ? "" : `, and so is every org below it`;
    reasons.push({ code: "org_suspended", ...suspended, message: `${suspended.orgName} is suspended${below}.` });
  }
  const activity: Activity = input.activity;
  if (!effective.activities.allowed.has(activity)) {
    reasons.push(denial("activity_not_allowed", effective.activities.restrictedBy.get(activity), org, `The activity ${activity} is not allowed.`));
  }
  if (input.voice !== undefined && !effective.voices.allowed.has(input.voice)) {
    reasons.push(denial("voice_not_allowed", effective.voices.restrictedBy.get(input.voice), org, `The voice ${input.voice} is not allowed.`));
  }
  if (input.soundTemplate !== undefined && !effective.soundTemplates.allowed.has(input.soundTemplate)) {
    const ref = effective.soundTemplates.restrictedBy.get(input.soundTemplate);
    reasons.push(denial("sound_template_not_allowed", ref, org, `The sound design ${input.soundTemplate} is not allowed.`));
  }
  const wantsVoiceIntelligence = input.voiceIntelligence === true || activity === "voiceIntelligence";
  if (wantsVoiceIntelligence && !effective.voiceIntelligence.allowed) {
    reasons.push(denial("voice_intelligence_not_allowed", effective.voiceIntelligence.restrictedBy, org, "Voice Intelligence is turned off."));
  }
  return reasons;
}

/** Returns a denial naming the org whose setting denied the call, or `org` itself when none is known. */
function denial(code: DenialCode, ref: OrgRef | null | undefined, org: Org, message: string): DecisionReason {
  const by = ref ?? { orgId: org.id, orgName: org.name };
  return { code, ...by, message: `${message} ${describeSetter(by, org)}` };
}

/** Names where the setting lives: on the org itself, or on an ancestor that restricts its subtree. */
function describeSetter(by: OrgRef, org: Org): string {
  if (by.orgId === org.id) return `The setting is on ${by.orgName}, made by its parent org.`;
  return `The setting is on the ancestor ${by.orgName} (${by.orgId}) and applies to every org below it.`;
}
