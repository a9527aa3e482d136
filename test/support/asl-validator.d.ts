/** asl-validator ships JavaScript only: the one function the tests call. */
declare module 'asl-validator' {
  interface Result {
    isValid: boolean;
    errors: { 'Error code': string; Message: string }[];
    errorsText(separator?: string): string;
  }
  const validate: (definition: unknown) => Result;
  export default validate;
}
