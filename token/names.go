package token

// formatNames are the formats as people name them in a sentence, each
// with the article it takes ("an Express…", "a UUID").
var formatNames = map[Format]struct{ article, name string }{
	JWT:                  {"a", "JWT"},
	JWE:                  {"a", "JWE"},
	Flask:                {"a", "Flask session cookie"},
	Django:               {"a", "Django signed cookie"},
	ExpressSession:       {"an", "Express session cookie"},
	ExpressSigned:        {"an", "Express signed cookie"},
	CookieSession:        {"an", "Express cookie-session cookie"},
	KeygripSigned:        {"a", "Koa signed cookie"},
	SiblingSigned:        {"a", "value with its HMAC in a companion cookie"},
	RailsSigned:          {"a", "Rails signed cookie"},
	RailsEncrypted:       {"a", "Rails encrypted cookie"},
	Laravel:              {"a", "Laravel encrypted cookie"},
	GorillaSecureCookie:  {"a", "Go gorilla/securecookie value"},
	ASPNETDataProtection: {"an", "ASP.NET Core Data Protection payload"},
	BigIP:                {"an", "F5 BIG-IP persistence cookie"},
	PHPSerialized:        {"a", "PHP serialized value"},
	FastifySigned:        {"a", "Fastify signed cookie"},
	Iron:                 {"a", "hapi iron sealed cookie"},
	TornadoSigned:        {"a", "Tornado signed cookie"},
	BottleSigned:         {"a", "Bottle signed cookie"},
	ShiroRememberMe:      {"an", "Apache Shiro rememberMe cookie"},
	PeopleSoftToken:      {"a", "PeopleSoft PS_TOKEN"},
	LTPAToken:            {"an", "IBM LTPA token"},
	JSONValue:            {"a", "JSON value"},
	Base64JSON:           {"a", "base64-encoded JSON value"},
	UUID:                 {"a", "UUID"},
	HexDigest:            {"a", "hex digest"},
	Opaque:               {"an", "opaque identifier"},
	Plain:                {"a", "plain-text value"},
}

// Phrase is the format as a sentence names it, with its article: "a Flask
// session cookie", "an Express session cookie", "a JWT". A format missing
// from the table is named by its ID.
func (f Format) Phrase() string {
	n, ok := formatNames[f]
	if !ok {
		return "a " + string(f) + " value"
	}
	return n.article + " " + n.name
}
