/** The server's minimum password length (see the server's password policy). */
export const MIN_PASSWORD_LENGTH = 12
