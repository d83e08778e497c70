/** Turns an action's error code into a title and a next step. The server's message names the ids and orgs. */
export function describeSaveError(failure: { code: string; field?: string }): { title: string; hint?: string } {
  switch (failure.code) {
    case "not_allowed_by_ancestor":
      return {
        title: "Not saved: the list names items an ancestor org removed",
        hint: "The page now shows the current locks. Save again to drop the locked items from the list, or change the list first.",
      };
    case "not_found":
      return { title: "Not saved: an organization or preset was not found", hint: "It may have been deleted. Reload the page." };
    case "forbidden":
      return { title: "Not saved: you are not allowed to make this change" };
    case "unauthenticated":
      return { title: "Not saved: your session has ended", hint: "Sign in again, then repeat the change." };
    case "preset_name_taken":
      return { title: "Not saved: the name is taken" };
    case "invalid_request":
      return { title: failure.field ? `Not saved: ${failure.field} is invalid` : "Not saved: the input is invalid" };
    default:
      return { title: "Not saved" };
  }
}
