import { describeSaveError } from "./save-error-text";

export interface SaveFailure {
  code: string;
  message: string;
  field?: string;
}

/** A rejected save: what failed, on which field, and what to do next. */
export function SaveError({ failure, className = "" }: { failure: SaveFailure; className?: string }) {
  const { title, hint } = describeSaveError(failure);
  return (
    <div role="alert" className={`max-w-2xl rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800 ${className}`}>
      <p className="font-medium">{title}</p>
      <p className="mt-0.5 break-words text-red-700">{failure.message}</p>
      {hint && <p className="mt-1 text-red-700">{hint}</p>}
    </div>
  );
}
