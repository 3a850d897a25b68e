# Rails cookie fixtures made by the real ActionDispatch cookie jar (Debian's ruby-actionpack).
# Prints a JSON array on stdout: signed cookies, AES-256-GCM encrypted cookies (Rails >= 5.2 default)
# and AES-256-CBC + HMAC-SHA1 encrypted cookies (Rails 4.0-5.1).
require "json"
require "securerandom"
require "action_dispatch"
require "action_dispatch/middleware/cookies"
require "active_support/key_generator"
require "active_support/messages/rotation_configuration"

STRONG = SecureRandom.hex(64)
KNOWN = "aeb977de013ade650b97e0aa5246813591104017871a7753fe186e9634c9129b367306606878985c759ca4fddd17d955207011bb855ef01ed414398b4ac8317b" # a secret_key_base copied around with a public Rails cookie-decryption example
WEAK = "secret_key_base_secret_key_base_secret_key_base"
$out = []

# jar builds a request carrying the settings a Rails 6.1 app puts in env, and its cookie jar.
def jar(secret, gcm: true)
  kg = ActiveSupport::CachingKeyGenerator.new(ActiveSupport::KeyGenerator.new(secret, iterations: 1000))
  env = Rack::MockRequest.env_for("/")
  env.merge!(
    "action_dispatch.key_generator" => kg,
    "action_dispatch.signed_cookie_salt" => "signed cookie",
    "action_dispatch.encrypted_cookie_salt" => "encrypted cookie",
    "action_dispatch.encrypted_signed_cookie_salt" => "signed encrypted cookie",
    "action_dispatch.authenticated_encrypted_cookie_salt" => "authenticated encrypted cookie",
    "action_dispatch.use_authenticated_cookie_encryption" => gcm,
    "action_dispatch.cookies_serializer" => :json,
    "action_dispatch.use_cookies_with_metadata" => true,
    "action_dispatch.cookies_rotations" => ActiveSupport::Messages::RotationConfiguration.new,
    "action_dispatch.secret_key_base" => secret,
  )
  ActionDispatch::Request.new(env).cookie_jar
end

# wire returns the cookie's value as the jar writes it in Set-Cookie (Rack URL-escapes it).
def wire(jar, name)
  headers = {}
  jar.write(headers)
  Array(headers["Set-Cookie"]).join("\n").split("\n").each do |line|
    pair = line.split(";", 2)[0]
    k, v = pair.split("=", 2)
    return v if k == name
  end
  raise "no #{name} cookie written"
end

def add(name, value, format, keys, secret, source, signed: true, readable: true, encrypted: false)
  $out << { name: name, value: value, siblings: {}, format: format, signed: signed, readable: readable,
            encrypted: encrypted, keys: keys.sort, secret: secret, source: source }
end

RAILS = "generated with actionpack #{ActionPack.version} (Rails cookie jar, key_generator PBKDF2-HMAC-SHA1 1000 iterations, JSON serializer, cookies with metadata): "
[[KNOWN, KNOWN], [WEAK, WEAK], [STRONG, nil]].each do |secret, label|
  shown = label ? label.inspect : "<random 128 hex>"
  j = jar(secret)
  j.signed[:user] = { value: { "id" => 1, "role" => "admin" } }
  add("user", wire(j, "user"), "rails-signed", %w[id role], label, RAILS + "secret_key_base=#{shown}; cookies.signed[:user] = {id: 1, role: 'admin'}")
  j.encrypted[:_app_session] = { value: { "session_id" => SecureRandom.hex(16), "user_id" => 1 } }
  add("_app_session", wire(j, "_app_session"), "rails-encrypted", [], label,
      RAILS + "secret_key_base=#{shown}; cookies.encrypted[:_app_session] = {...} (AES-256-GCM)", readable: false, encrypted: true)
  j = jar(secret, gcm: false)
  j.encrypted[:_legacy_session] = { value: { "user_id" => 1 } }
  add("_legacy_session", wire(j, "_legacy_session"), "rails-encrypted", [], label,
      RAILS + "secret_key_base=#{shown}; use_authenticated_cookie_encryption=false; cookies.encrypted[:_legacy_session] = {...} (AES-256-CBC + HMAC-SHA1)", readable: false, encrypted: true)
end
puts JSON.pretty_generate($out)
