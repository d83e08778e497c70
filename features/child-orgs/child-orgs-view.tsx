"use client";

import { useState } from "react";
import { useQueryClient } from "@tanstack/react-query";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { BulkRestrictionsForm } from "./bulk-restrictions-form";
import { ChildOrgsTable } from "./child-orgs-table";
import { CreateChildOrgForm, CreatedNotice } from "./create-child-org-form";
import type { EditorData } from "./load-editor-data";
import { childOrgKeys } from "./query-keys";
import { filterChildOrgs } from "./sort-child-orgs";
import { useChildOrgs } from "./use-child-orgs";

/**
 * Renders the child orgs list: search, sortable table, the "create child org" panel, and bulk
 * changes of restrictions when `bulkEditor` is given.
 */
export function ChildOrgsView({ actingOrgId, canManage, bulkEditor }: {
  actingOrgId: string;
  canManage: boolean;
  /** Catalog and locks for bulk changes; absent when the user lacks entitlements.manage. */
  bulkEditor?: EditorData;
}) {
  const query = useChildOrgs(actingOrgId);
  const queryClient = useQueryClient();
  const [search, setSearch] = useState("");
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<{ orgId: string; orgName: string } | null>(null);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [bulkOpen, setBulkOpen] = useState(false);
  const [bulkMessage, setBulkMessage] = useState<string | null>(null);

  const rows = query.data ?? [];
  // Rows that disappeared (for example after a refetch) drop out of the selection.
  const selectedRows = rows.filter((row) => selected.has(row.orgId));
  const visible = filterChildOrgs(rows, search);
  const period = rows[0]?.usage.period;

  const createButton = canManage && !creating && (
    <Button onClick={() => { setCreating(true); setCreated(null); }}>Create child org</Button>
  );

  return (
    <div className="space-y-4">
      {query.isError && (
        <p role="alert" className="rounded-md border border-amber-200 bg-amber-50 px-4 py-2.5 text-sm text-amber-800">
          Could not refresh the child orgs: {query.error.message} The table shows the last data loaded; reload the page to try again.
        </p>
      )}
      {created && <CreatedNotice actingOrgId={actingOrgId} created={created} onDismiss={() => setCreated(null)} />}

      {bulkMessage && (
        <div role="status" className="flex items-center justify-between gap-4 rounded-md border border-emerald-200 bg-emerald-50 px-4 py-2.5 text-sm text-emerald-800">
          <span>{bulkMessage}</span>
          <button type="button" onClick={() => setBulkMessage(null)} className="text-emerald-700 hover:text-emerald-900" aria-label="Dismiss">×</button>
        </div>
      )}

      {bulkEditor && bulkOpen && selectedRows.length > 0 && (
        <BulkRestrictionsForm
          actingOrgId={actingOrgId}
          orgs={selectedRows}
          editor={bulkEditor}
          onCancel={() => setBulkOpen(false)}
          onDone={(message) => {
            setBulkOpen(false);
            setSelected(new Set());
            setBulkMessage(message);
            void queryClient.invalidateQueries({ queryKey: childOrgKeys.all(actingOrgId) });
          }}
        />
      )}

      {creating && (
        <Card title="Create child org" description="A child org gets its own members, API keys and restrictions. It starts with access to everything your org may use.">
          <CreateChildOrgForm
            actingOrgId={actingOrgId}
            onCreated={(org) => { setCreated(org); setCreating(false); }}
            onCancel={() => setCreating(false)}
          />
        </Card>
      )}

      {rows.length === 0 && !query.isPending ? (
        <EmptyState
          title="No child orgs yet"
          description={
            canManage
              ? "Create your first child org for a customer. You can then restrict its voices, sound designs and activities, and act as it to set it up."
              : "This org has no child orgs yet. Members with the childOrgs.manage permission can create them."
          }
          action={createButton || undefined}
        />
      ) : (
        <Card
          title={`${rows.length} child ${rows.length === 1 ? "org" : "orgs"}`}
          description={period ? `Credits and calls in the billing period ${period}, including each child's own child orgs.` : undefined}
          actions={createButton || undefined}
          className="overflow-hidden"
        >
          <div className="-m-5">
            <div className="border-b border-slate-100 px-4 py-3">
              <label htmlFor="child-org-search" className="sr-only">Search child orgs</label>
              <input
                id="child-org-search"
                type="search"
                value={search}
                onChange={(event) => setSearch(event.target.value)}
                placeholder="Search by name or id"
                className="w-full max-w-xs rounded-md border border-slate-300 px-3 py-1.5 text-sm outline-none focus:border-brand-500 focus:ring-2 focus:ring-brand-100"
              />
              {search && (
                <span className="ml-3 text-xs text-slate-500">{visible.length} of {rows.length} shown</span>
              )}
            </div>
            {bulkEditor && selectedRows.length > 0 && (
              <div role="region" aria-label="Bulk actions" className="flex flex-wrap items-center gap-3 border-b border-brand-100 bg-brand-50 px-4 py-2 text-sm">
                <span className="font-medium text-brand-700">{selectedRows.length} selected</span>
                <Button size="sm" onClick={() => { setBulkOpen(true); setBulkMessage(null); }} disabled={bulkOpen}>
                  Change restrictions of {selectedRows.length} child {selectedRows.length === 1 ? "org" : "orgs"}
                </Button>
                <button type="button" onClick={() => { setSelected(new Set()); setBulkOpen(false); }} className="text-xs font-medium text-slate-600 hover:text-slate-900">
                  Clear selection
                </button>
              </div>
            )}
            {visible.length === 0 ? (
              <div className="px-4 py-10 text-center text-sm text-slate-500">
                No child org matches “{search.trim()}”.{" "}
                <button type="button" onClick={() => setSearch("")} className="font-medium text-brand-700 hover:underline">
                  Clear the search
                </button>
              </div>
            ) : (
              <ChildOrgsTable
                rows={visible}
                actingOrgId={actingOrgId}
                highlightedOrgId={created?.orgId}
                selection={bulkEditor ? { selected, onChange: setSelected } : undefined}
              />
            )}
          </div>
        </Card>
      )}
    </div>
  );
}
