/** Error text next-auth passes to the sign-in form when too many attempts failed. */
export const TOO_MANY_SIGN_IN_ATTEMPTS = "TooManyAttempts";
