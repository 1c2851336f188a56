// The sign-in page: its form posts the CSRF token back, as every post of a cookie session must.

import { csrfToken } from "./csrf";

const field = document.querySelector<HTMLInputElement>('input[name="_csrf"]');
const token = csrfToken();
if (field && token) field.value = token;
