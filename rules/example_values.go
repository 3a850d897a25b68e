package rules

// Example values: Flask sessions made by Flask 2.2.2 with the secret "dev"
// (Flask's tutorial value) and with a long random one; a JWT with alg none;
// a JWT without exp.
const (
	flaskWeak   = "eyJ1c2VyIjoiYWxpY2UiLCJyb2xlIjoiYWRtaW4ifQ.awdCwg.PXQTF6_yB4NTt0Brtp6CnKayBVA"
	flaskStrong = "eyJ1c2VyIjoiYWxpY2UiLCJyb2xlIjoiYWRtaW4ifQ.awdCwg.ThXFbM8K1FLOLou-n3hx0cLPXRc"
	jwtNone     = "eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiJhbGljZSIsInJvbGUiOiJhZG1pbiJ9."
	jwtForever  = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJhbGljZSJ9.Zh7s1Q8KkN2vC5mP3xR9tY6wB4jL0dF8gH2kS7aE1qU"
)
