import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { call, fixtures } from "./client";

const f = fixtures;

const UNRESTRICTED = {
  voices: { mode: "all", ids: [] },
  soundTemplates: { mode: "all", ids: [] },
  voiceIntelligence: true,
  activities: ["script", "speech", "syncTts", "voice", "sound", "mastering", "media", "lexi", "connector", "webhooks", "voiceIntelligence"],
};

async function newChild(): Promise<string> {
  const created = await call("POST", "/org/child_orgs", { key: f.superKey, body: { orgName: `Entitlements ${randomUUID().slice(0, 8)}` } });
  expect(created.status).toBe(201);
  return created.body.orgId;
}

describe("voice catalog", () => {
  it("lists every voice for an unrestricted org", async () => {
    const { status, body } = await call("GET", "/voice", { key: f.superKey });
    expect(status).toBe(200);
    expect(body.voices.length).toBeGreaterThanOrEqual(40);
    expect(Object.keys(body.voices[0]).sort()).toEqual(
      ["accent", "ageBracket", "gender", "id", "industryExamples", "language", "name", "provider", "tags", "timePerformance", "voiceName"].sort(),
    );
  });

  it("filters with comma-separated values", async () => {
    const { status, body } = await call("GET", "/voice?provider=polly&language=German,French", { key: f.superKey });
    expect(status).toBe(200);
    expect(body.voices.length).toBeGreaterThan(0);
    for (const voice of body.voices) {
      expect(voice.provider).toBe("polly");
      expect(["German", "French"]).toContain(voice.language);
    }
  });

  it("filters by a tag of a voice", async () => {
    const { body } = await call("GET", "/voice?tags=audiobook", { key: f.superKey });
    expect(body.voices.map((voice: { id: string }) => voice.id).sort()).toEqual(["brian", "william"]);
  });

  it("takes filters as a JSON body", async () => {
    const { status, body } = await call("POST", "/voice", { key: f.superKey, body: { gender: ["male"], language: "Japanese" } });
    expect(status).toBe(200);
    expect(body.voices.map((voice: { id: string }) => voice.id)).toEqual(["takumi"]);
  });

  it("lists every voice for a POST without a body", async () => {
    const { status, body } = await call("POST", "/voice", { key: f.superKey });
    expect(status).toBe(200);
    expect(body.voices.length).toBeGreaterThanOrEqual(40);
  });

  it("rejects a filter that is a number with 400", async () => {
    const { status, body } = await call("POST", "/voice", { key: f.superKey, body: { gender: 5 } });
    expect(status).toBe(400);
    expect(body.error.message).toContain("gender");
  });

  it("lists only allowed voices for a restricted child", async () => {
    const { body } = await call("GET", "/voice", { key: f.superKey, assume: f.childBId });
    expect(body.voices.length).toBeGreaterThan(0);
    for (const voice of body.voices) expect([voice.provider, voice.language]).toEqual(["azure", "English"]);
  });

  it("lists parameters of usable voices only", async () => {
    const all = await call("GET", "/voice/parameter", { key: f.superKey });
    expect(all.status).toBe(200);
    expect(all.body.provider).toEqual(["azure", "elevenlabs", "polly"]);
    expect(all.body.language).toContain("German");
    const restricted = await call("GET", "/voice/parameter", { key: f.superKey, assume: f.childBId });
    expect(restricted.body.provider).toEqual(["azure"]);
    expect(restricted.body.language).toEqual(["English"]);
  });

  it("rejects a missing key with 401", async () => {
    expect((await call("GET", "/voice")).status).toBe(401);
  });
});

describe("sound catalog", () => {
  it("filters sound designs", async () => {
    const { status, body } = await call("GET", "/sound/template?genre=ambient&tempo=slow", { key: f.superKey });
    expect(status).toBe(200);
    expect(body.soundTemplates.map((template: { id: string }) => template.id).sort()).toEqual(["dawn", "deep-focus"]);
  });

  it("filters by contents", async () => {
    const { body } = await call("GET", "/sound/template?contents=outro", { key: f.superKey });
    for (const template of body.soundTemplates) expect(template.contents).toContain("outro");
  });

  it("lists sound parameters", async () => {
    const { status, body } = await call("GET", "/sound/parameter", { key: f.superKey });
    expect(status).toBe(200);
    expect(Object.keys(body).sort()).toEqual(["contents", "genre", "industryExamples", "tags", "tempo"]);
    expect(body.tempo).toEqual(["fast", "medium", "slow"]);
  });
});

describe("child org entitlements", () => {
  it("replaces and reads entitlements with the effective result", async () => {
    const childId = await newChild();
    const body = { ...UNRESTRICTED, voices: { mode: "deny", ids: ["rachel"] }, activities: ["speech"] };
    const put = await call("PUT", `/org/child_orgs/${childId}/entitlements`, { key: f.superKey, body });
    expect(put.status).toBe(200);
    expect(put.body.entitlements.voices).toEqual({ mode: "deny", ids: ["rachel"] });
    const got = await call("GET", `/org/child_orgs/${childId}/entitlements`, { key: f.superKey });
    expect(got.status).toBe(200);
    expect(got.body.presetId).toBeNull();
    expect(got.body.effective.voices.restricted).toEqual([{ id: "rachel", orgId: childId, orgName: expect.any(String), locked: false }]);
    expect(got.body.effective.activities.ids).toEqual(["speech"]);
  });

  it("rejects an unknown voice with 400 and changes nothing", async () => {
    const childId = await newChild();
    const { status, body } = await call("PUT", `/org/child_orgs/${childId}/entitlements`, {
      key: f.superKey,
      body: { ...UNRESTRICTED, voices: { mode: "allow", ids: ["aria", "no-such-voice"] } },
    });
    expect(status).toBe(400);
    expect(body).toEqual({ error: { code: "invalid_request", message: "voices.ids: unknown voice id(s): no-such-voice." } });
    const got = await call("GET", `/org/child_orgs/${childId}/entitlements`, { key: f.superKey });
    expect(got.body.entitlements).toEqual(UNRESTRICTED);
  });

  it("rejects an unknown activity with 400", async () => {
    const childId = await newChild();
    const { status, body } = await call("PUT", `/org/child_orgs/${childId}/entitlements`, {
      key: f.superKey,
      body: { ...UNRESTRICTED, activities: ["teleport"] },
    });
    expect(status).toBe(400);
    expect(body.error.message).toContain("activities");
  });

  it("rejects a child of another tree with 404", async () => {
    const { status, body } = await call("PUT", `/org/child_orgs/${f.otherChildId}/entitlements`, { key: f.superKey, body: UNRESTRICTED });
    expect(status).toBe(404);
    expect(body).toEqual({ error: { code: "not_found", message: `Organization ${f.otherChildId} not found.` } });
    expect((await call("GET", `/org/child_orgs/${f.otherChildId}/entitlements`, { key: f.superKey })).status).toBe(404);
  });

  it("rejects a sibling from a child org key with 404", async () => {
    const { status } = await call("GET", `/org/child_orgs/${f.childBId}/entitlements`, { key: f.childAKey });
    expect(status).toBe(404);
  });

  it("rejects a viewer with 403", async () => {
    const { status, body } = await call("PUT", `/org/child_orgs/${f.childAId}/entitlements`, { key: f.superViewerKey, body: UNRESTRICTED });
    expect(status).toBe(403);
    expect(body.error.message).toContain("entitlements.manage");
  });
});

describe("POST /authorize", () => {
  it("rejects a misspelt field with 400 instead of ignoring it", async () => {
    const { status, body } = await call("POST", "/authorize", { key: f.superKey, body: { activity: "speech", voiceIntelligense: true } });
    expect(status).toBe(400);
    expect(body.error.message).toContain("voiceIntelligense");
  });

  it("allows an unrestricted call", async () => {
    const { status, body } = await call("POST", "/authorize", { key: f.superKey, body: { activity: "speech", voice: "hans" } });
    expect(status).toBe(200);
    expect(body).toEqual({ allowed: true, reasons: [] });
  });

  it("names the org whose setting denied the call", async () => {
    const { status, body } = await call("POST", "/authorize", {
      key: f.superKey,
      assume: f.childBId,
      body: { activity: "speech", voice: "hans", voiceIntelligence: true },
    });
    expect(status).toBe(200);
    expect(body.allowed).toBe(false);
    expect(body.reasons.map((reason: { code: string; orgId: string }) => [reason.code, reason.orgId])).toEqual([
      ["voice_not_allowed", f.childBId],
      ["voice_intelligence_not_allowed", f.childBId],
    ]);
    expect(body.reasons[0].orgName).toBe("Globex Learning");
  });

  it("denies the very next call after a restriction", async () => {
    const childId = await newChild();
    const request = { activity: "speech", voice: "rachel" };
    expect((await call("POST", "/authorize", { key: f.superKey, assume: childId, body: request })).body.allowed).toBe(true);
    await call("PUT", `/org/child_orgs/${childId}/entitlements`, { key: f.superKey, body: { ...UNRESTRICTED, voices: { mode: "deny", ids: ["rachel"] } } });
    const after = await call("POST", "/authorize", { key: f.superKey, assume: childId, body: request });
    expect(after.body.allowed).toBe(false);
    expect(after.body.reasons[0]).toMatchObject({ code: "voice_not_allowed", orgId: childId });
  });

  it("denies a viewer key the use permission", async () => {
    const { body } = await call("POST", "/authorize", { key: f.superViewerKey, body: { activity: "speech" } });
    expect(body.allowed).toBe(false);
    expect(body.reasons[0]).toMatchObject({ code: "permission_missing", orgId: f.superOrgId });
  });

  it.each([
    ["an unknown voice", { activity: "speech", voice: "nobody" }, 'voice: unknown voice id "nobody".'],
    ["an unknown sound design", { activity: "sound", soundTemplate: "silence" }, 'soundTemplate: unknown sound design id "silence".'],
    ["an unknown activity", { activity: "teleport" }, "activity must be one of"],
  ])("rejects %s with 400", async (_label, request, message) => {
    const { status, body } = await call("POST", "/authorize", { key: f.superKey, body: request });
    expect(status).toBe(400);
    expect(body.error.code).toBe("invalid_request");
    expect(body.error.message).toContain(message);
  });

  it("rejects assume into a suspended child with 403", async () => {
    const { status, body } = await call("POST", "/authorize", { key: f.superKey, assume: f.suspendedId, body: { activity: "speech" } });
    expect(status).toBe(403);
    expect(body.error.code).toBe("org_suspended");
  });
});

describe("entitlement presets", () => {
  it("links children that follow edits", async () => {
    const childId = await newChild();
    const name = `Preset ${randomUUID().slice(0, 8)}`;
    const created = await call("POST", "/org/entitlement_presets", {
      key: f.superKey,
      body: { ...UNRESTRICTED, name, voices: { mode: "allow", ids: ["rachel"] } },
    });
    expect(created.status).toBe(201);
    const presetId = created.body.id;
    const link = await call("PUT", `/org/child_orgs/${childId}/entitlement_preset`, { key: f.superKey, body: { presetId } });
    expect(link.status).toBe(200);
    expect(link.body).toMatchObject({ orgId: childId, presetId });

    const edited = await call("PUT", `/org/entitlement_presets/${presetId}`, {
      key: f.superKey,
      body: { ...UNRESTRICTED, name, voices: { mode: "allow", ids: ["adam"] } },
    });
    expect(edited.status).toBe(200);
    expect(edited.body.linkedOrgIds).toEqual([childId]);
    const decision = await call("POST", "/authorize", { key: f.superKey, assume: childId, body: { activity: "speech", voice: "rachel" } });
    expect(decision.body.allowed).toBe(false);

    const listed = await call("GET", "/org/entitlement_presets", { key: f.superKey });
    expect(listed.body.presets.map((preset: { id: string }) => preset.id)).toContain(presetId);
    const unlinked = await call("DELETE", `/org/child_orgs/${childId}/entitlement_preset`, { key: f.superKey });
    expect(unlinked.body).toMatchObject({ presetId: null, entitlements: { voices: { mode: "allow", ids: ["adam"] } } });
    expect((await call("DELETE", `/org/entitlement_presets/${presetId}`, { key: f.superKey })).status).toBe(204);
    expect((await call("GET", `/org/entitlement_presets/${presetId}`, { key: f.superKey })).status).toBe(404);
  });

  it("rejects linking an org of another tree with 404", async () => {
    const created = await call("POST", "/org/entitlement_presets", {
      key: f.superKey,
      body: { ...UNRESTRICTED, name: `Foreign ${randomUUID().slice(0, 8)}` },
    });
    const link = await call("PUT", `/org/child_orgs/${f.otherChildId}/entitlement_preset`, { key: f.superKey, body: { presetId: created.body.id } });
    expect(link.status).toBe(404);
    const stolen = await call("GET", `/org/entitlement_presets/${created.body.id}`, { key: f.otherRootKey });
    expect(stolen.status).toBe(404);
  });

  it("rejects a duplicate name with 409", async () => {
    const name = `Twice ${randomUUID().slice(0, 8)}`;
    await call("POST", "/org/entitlement_presets", { key: f.superKey, body: { ...UNRESTRICTED, name } });
    const again = await call("POST", "/org/entitlement_presets", { key: f.superKey, body: { ...UNRESTRICTED, name } });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe("preset_name_taken");
  });
});

describe("POST /org/entitlements/bulk", () => {
  it("changes every named child", async () => {
    const ids = [await newChild(), await newChild()];
    const body = { childOrgIds: ids, entitlements: { ...UNRESTRICTED, voiceIntelligence: false } };
    const { status, body: result } = await call("POST", "/org/entitlements/bulk", { key: f.superKey, body });
    expect(status).toBe(200);
    expect(result.orgIds).toEqual(ids);
    for (const id of ids) {
      const decision = await call("POST", "/authorize", { key: f.superKey, assume: id, body: { activity: "voiceIntelligence" } });
      expect(decision.body.reasons[0]).toMatchObject({ code: "voice_intelligence_not_allowed", orgId: id });
    }
  });

  it("applies only the parts named in fields", async () => {
    const childId = await newChild();
    const own = { ...UNRESTRICTED, activities: ["speech", "script"] };
    expect((await call("PUT", `/org/child_orgs/${childId}/entitlements`, { key: f.superKey, body: own })).status).toBe(200);
    const body = { childOrgIds: [childId], entitlements: { ...UNRESTRICTED, voiceIntelligence: false }, fields: ["voiceIntelligence"] };
    expect((await call("POST", "/org/entitlements/bulk", { key: f.superKey, body })).status).toBe(200);
    const got = await call("GET", `/org/child_orgs/${childId}/entitlements`, { key: f.superKey });
    expect(got.body.entitlements.voiceIntelligence).toBe(false);
    expect(got.body.entitlements.activities).toEqual(["speech", "script"]);
  });

  it("changes nothing when one id is foreign", async () => {
    const childId = await newChild();
    const body = { childOrgIds: [childId, f.otherChildId], entitlements: { ...UNRESTRICTED, voiceIntelligence: false } };
    const { status, body: result, text } = await call("POST", "/org/entitlements/bulk", { key: f.superKey, body });
    expect(status).toBe(404);
    expect(result.error.code).toBe("not_found");
    expect(text).not.toContain(f.otherChildId);
    const got = await call("GET", `/org/child_orgs/${childId}/entitlements`, { key: f.superKey });
    expect(got.body.entitlements.voiceIntelligence).toBe(true);
  });
});

describe("entitlements API surface", () => {
  it("documents every new route", async () => {
    const { body } = await call("GET", "/openapi.json");
    expect(Object.keys(body.paths)).toEqual(
      expect.arrayContaining([
        "/api/v1/voice",
        "/api/v1/voice/parameter",
        "/api/v1/sound/template",
        "/api/v1/sound/parameter",
        "/api/v1/org/child_orgs/{id}/entitlements",
        "/api/v1/org/entitlements/bulk",
        "/api/v1/org/entitlement_presets",
        "/api/v1/org/entitlement_presets/{presetId}",
        "/api/v1/org/child_orgs/{id}/entitlement_preset",
        "/api/v1/authorize",
      ]),
    );
  });
});
