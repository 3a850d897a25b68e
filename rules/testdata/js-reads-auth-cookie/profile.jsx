import Cookies from "universal-cookie";

const cookies = new Cookies();

export function Profile() {
  const role = cookies.get("role"); // want js-reads-auth-cookie "role"
  return <div className="profile">{role === "admin" ? <AdminMenu /> : null}</div>;
}
