export default function SignInPage() {
  return <main className="p-8">Sign in</main>;
}
