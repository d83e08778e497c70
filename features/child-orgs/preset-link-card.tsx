"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { linkPresetAction, unlinkPresetAction } from "./actions";
import { SaveError, type SaveFailure } from "./save-error";

/** Shows which preset a child org follows, and links or unlinks it after a confirmation. */
export function PresetLinkCard({ actingOrgId, childOrgId, childOrgName, linkedPreset, presets, readOnlyReason }: {
  actingOrgId: string;
  childOrgId: string;
  childOrgName: string;
  /** `name` is null for a preset of another org, which the acting org cannot read. */
  linkedPreset: { id: string; name: string | null } | null;
  presets: { id: string; name: string }[];
  readOnlyReason?: string;
}) {
  const router = useRouter();
  const [chosen, setChosen] = useState("");
  const [confirming, setConfirming] = useState<"link" | "unlink" | null>(null);
  const [failure, setFailure] = useState<SaveFailure | null>(null);
  const [pending, startTransition] = useTransition();
  const chosenName = presets.find((preset) => preset.id === chosen)?.name ?? "";
  const presetsHref = `/orgs/${actingOrgId}/presets`;

  function run(kind: "link" | "unlink") {
    setFailure(null);
    startTransition(async () => {
      const response = kind === "link"
        ? await linkPresetAction(actingOrgId, childOrgId, chosen)
        : await unlinkPresetAction(actingOrgId, childOrgId);
      setConfirming(null);
      if (!response.ok) {
        setFailure(response.error);
        return;
      }
      setChosen("");
      router.refresh();
    });
  }

  return (
    <section aria-label="Entitlement preset" className="rounded-lg border border-slate-200 bg-white px-5 py-4 shadow-sm">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <div className="min-w-0 max-w-2xl">
          <h2 className="flex items-center gap-2 text-sm font-semibold text-slate-900">
            Preset
            {linkedPreset ? <Badge tone="blue">Linked</Badge> : <Badge>Own restrictions</Badge>}
          </h2>
          <p className="mt-0.5 text-sm text-slate-500">
            {linkedPreset ? (
              <>
                Linked to preset{" "}
                {linkedPreset.name ? (
                  <Link href={`${presetsHref}/${linkedPreset.id}`} className="font-medium text-brand-700 hover:underline">{linkedPreset.name}</Link>
                ) : (
                  "of another org"
                )}
                . Every edit of the preset applies to {childOrgName}.
              </>
            ) : presets.length === 0 ? (
              <>
                No presets yet. <Link href={presetsHref} className="font-medium text-brand-700 hover:underline">Create a preset</Link> to
                give many child orgs the same restrictions and change them in one place.
              </>
            ) : (
              `${childOrgName} has its own restrictions. Link it to a preset to make them follow the preset.`
            )}
          </p>
          {readOnlyReason && <p className="mt-2 text-sm text-amber-800">{readOnlyReason}</p>}
          {failure && <SaveError failure={failure} className="mt-2" />}
        </div>
        {linkedPreset ? (
          <Button variant="secondary" onClick={() => setConfirming("unlink")} disabled={pending || Boolean(readOnlyReason)}>
            Unlink…
          </Button>
        ) : (
          presets.length > 0 && (
            <div className="flex items-center gap-2">
              <label htmlFor="preset-to-link" className="sr-only">Preset to link</label>
              <select
                id="preset-to-link"
                value={chosen}
                onChange={(event) => setChosen(event.target.value)}
                disabled={pending || Boolean(readOnlyReason)}
                className="rounded-md border border-slate-300 bg-white px-2.5 py-2 text-sm outline-none focus:border-brand-500 focus:ring-2 focus:ring-brand-100"
              >
                <option value="">Choose a preset</option>
                {presets.map((preset) => (
                  <option key={preset.id} value={preset.id}>{preset.name}</option>
                ))}
              </select>
              <Button onClick={() => setConfirming("link")} disabled={!chosen || pending || Boolean(readOnlyReason)}>
                Link to preset…
              </Button>
            </div>
          )
        )}
      </div>

      <ConfirmDialog
        open={confirming === "link"}
        title={`Link ${childOrgName} to ${chosenName}?`}
        confirmLabel="Link to preset"
        tone="danger"
        pending={pending}
        onConfirm={() => run("link")}
        onCancel={() => setConfirming(null)}
      >
        <ul className="list-disc space-y-1 pl-5">
          <li>The restrictions of {childOrgName} are replaced by those of {chosenName}; its current ones are not kept.</li>
          <li>Every later edit of {chosenName} applies to {childOrgName} at once.</li>
          <li>Its restrictions can only be changed through the preset until you unlink it.</li>
        </ul>
      </ConfirmDialog>
      <ConfirmDialog
        open={confirming === "unlink"}
        title={`Unlink ${childOrgName} from its preset?`}
        confirmLabel="Unlink"
        pending={pending}
        onConfirm={() => run("unlink")}
        onCancel={() => setConfirming(null)}
      >
        <p>
          {childOrgName} keeps its current restrictions as its own, so nothing changes for it now. Later edits of the preset no
          longer apply to it, and you can edit its restrictions here.
        </p>
      </ConfirmDialog>
    </section>
  );
}
