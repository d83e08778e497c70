"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { LocalTime } from "@/components/ui/local-time";
import { ACTIVITIES } from "@/lib/catalog/activities";
import { SaveError, type SaveFailure } from "@/features/child-orgs/save-error";
import { deletePresetAction } from "./actions";
import { describeSelection } from "./describe-selection";
import type { PresetSummary } from "./load-presets";

/** Lists the acting org's presets with what each allows and its linked child orgs, and deletes them after a confirmation. */
export function PresetsTable({ actingOrgId, presets, canManage }: {
  actingOrgId: string;
  presets: PresetSummary[];
  canManage: boolean;
}) {
  const router = useRouter();
  const [deleting, setDeleting] = useState<PresetSummary | null>(null);
  const [failure, setFailure] = useState<SaveFailure | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function remove(preset: PresetSummary) {
    setFailure(null);
    startTransition(async () => {
      const response = await deletePresetAction(actingOrgId, preset.id);
      setDeleting(null);
      if (!response.ok) {
        setFailure(response.error);
        return;
      }
      setNotice(`Deleted ${preset.name}.`);
      router.refresh();
    });
  }

  return (
    <div className="space-y-3">
      {notice && <p role="status" className="rounded-md border border-emerald-200 bg-emerald-50 px-4 py-2.5 text-sm text-emerald-800">{notice}</p>}
      {failure && <SaveError failure={failure} />}
      <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
        <table className="min-w-full text-sm">
          <thead className="border-b border-slate-200 bg-slate-50 text-left text-xs font-medium whitespace-nowrap text-slate-500">
            <tr>
              <th scope="col" className="px-4 py-2">Name</th>
              <th scope="col" className="px-4 py-2">Voices</th>
              <th scope="col" className="px-4 py-2">Sound designs</th>
              <th scope="col" className="px-4 py-2">Voice Intelligence</th>
              <th scope="col" className="px-4 py-2 text-right">Activities</th>
              <th scope="col" className="px-4 py-2">Linked child orgs</th>
              <th scope="col" className="px-4 py-2">Updated</th>
              <th scope="col" className="px-4 py-2"><span className="sr-only">Actions</span></th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {presets.map((preset) => (
              <tr key={preset.id} className="hover:bg-slate-50">
                <td className="px-4 py-2.5 font-medium whitespace-nowrap">
                  <Link href={`/orgs/${actingOrgId}/presets/${preset.id}`} className="text-brand-700 hover:underline">{preset.name}</Link>
                </td>
                <td className="px-4 py-2.5 whitespace-nowrap text-slate-700">{describeSelection(preset.voices, "voice", "voices")}</td>
                <td className="px-4 py-2.5 whitespace-nowrap text-slate-700">{describeSelection(preset.soundTemplates, "sound design", "sound designs")}</td>
                <td className="px-4 py-2.5">{preset.voiceIntelligence ? <Badge tone="green">On</Badge> : <Badge>Off</Badge>}</td>
                <td className="px-4 py-2.5 text-right tabular-nums text-slate-700">{preset.activityCount} of {ACTIVITIES.length}</td>
                <td className="px-4 py-2.5 text-slate-700">
                  <span title={preset.linkedOrgs.map((org) => org.name).join(", ")} className="tabular-nums">
                    {preset.linkedOrgs.length === 0 ? <span className="text-slate-400">None</span> : preset.linkedOrgs.length}
                  </span>
                </td>
                <td className="px-4 py-2.5 whitespace-nowrap text-slate-600"><LocalTime value={preset.updatedAt} /></td>
                <td className="px-4 py-2.5 text-right whitespace-nowrap">
                  <Link href={`/orgs/${actingOrgId}/presets/${preset.id}`} className={buttonClasses("ghost", "sm")}>
                    {canManage ? "Edit" : "View"}
                  </Link>
                  {canManage && (
                    <button type="button" onClick={() => setDeleting(preset)} className={`${buttonClasses("ghost", "sm")} text-red-700`} aria-label={`Delete ${preset.name}`}>
                      Delete…
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <ConfirmDialog
        open={deleting !== null}
        title={`Delete the preset ${deleting?.name ?? ""}?`}
        confirmLabel="Delete preset"
        tone="danger"
        pending={pending}
        onConfirm={() => deleting && remove(deleting)}
        onCancel={() => setDeleting(null)}
      >
        {deleting && deleting.linkedOrgs.length > 0 ? (
          <>
            <p>
              {deleting.linkedOrgs.length} linked child {deleting.linkedOrgs.length === 1 ? "org keeps its" : "orgs keep their"} current
              restrictions as their own, so nothing changes for them now:
            </p>
            <p className="mt-2 rounded-md bg-slate-50 px-3 py-2 text-slate-700">{deleting.linkedOrgs.map((org) => org.name).join(", ")}</p>
          </>
        ) : (
          <p>No child org is linked to it, so no org is affected.</p>
        )}
      </ConfirmDialog>
    </div>
  );
}
