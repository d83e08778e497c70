/** Typed errors of the domain rules; `lib/api/errors.ts` and the server actions map them. */
export class AppError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 429,
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class Invalid extends AppError {
  constructor(message: string, field?: string, code = "invalid_request") {
    super(400, code, message, field);
  }
}

export class Unauthenticated extends AppError {
  constructor(message = "Missing or invalid API key. Send a valid key in the x-api-key header.") {
    super(401, "unauthenticated", message);
  }
}

export class Forbidden extends AppError {
  constructor(message: string, code = "forbidden") {
    super(403, code, message);
  }
}

export class NotFound extends AppError {
  constructor(message: string, code = "not_found") {
    super(404, code, message);
  }
}

export class Conflict extends AppError {
  constructor(message: string, field?: string, code = "conflict") {
    super(409, code, message, field);
  }
}

export class LimitExceeded extends AppError {
  constructor(message: string, code = "rate_limited") {
    super(429, code, message);
  }
}
