<?php
// Laravel encrypted-cookie fixtures made by the real Illuminate encrypter and cookie prefix
// (Debian's php-illuminate-encryption and php-illuminate-cookie, Laravel 8).
// Prints a JSON array on stdout. Values are rawurlencode()d, as Symfony's Cookie writes them.
require '/usr/share/php/Illuminate/Encryption/autoload.php';
require '/usr/share/php/Illuminate/Cookie/autoload.php';

use Illuminate\Cookie\CookieValuePrefix;
use Illuminate\Encryption\Encrypter;

$ver = 'php-illuminate-encryption ' . trim(shell_exec("dpkg-query -W -f='\${Version}' php-illuminate-encryption"));
$out = [];
$strong = 'base64:' . base64_encode(random_bytes(32));
$cases = [
    // Laravel 5.0/5.1 shipped APP_KEY=SomeRandomString in .env.example: 16 bytes, so AES-128-CBC.
    ['SomeRandomString', 'AES-128-CBC', 'SomeRandomString'],
    ['base64:' . base64_encode(str_repeat('a', 32)), 'AES-256-CBC', 'base64:' . base64_encode(str_repeat('a', 32))],
    ['base64:' . base64_encode(str_repeat('k', 32)), 'AES-256-GCM', 'base64:' . base64_encode(str_repeat('k', 32))],
    [$strong, 'AES-256-CBC', null],
];
foreach ($cases as [$appKey, $cipher, $label]) {
    $key = str_starts_with($appKey, 'base64:') ? base64_decode(substr($appKey, 7)) : $appKey;
    $e = new Encrypter($key, $cipher);
    foreach (['laravel_session' => bin2hex(random_bytes(20)), 'XSRF-TOKEN' => bin2hex(random_bytes(20))] as $name => $plain) {
        // EncryptCookies::encrypt: prefix with HMAC-SHA1(name."v2", key)."|", encrypt without serialize.
        $value = $e->encrypt(CookieValuePrefix::create($name, $e->getKey()) . $plain, false);
        $out[] = ['name' => $name, 'value' => rawurlencode($value), 'siblings' => new stdClass, 'format' => 'laravel-encrypted',
            'signed' => true, 'readable' => false, 'encrypted' => true, 'keys' => [], 'secret' => $label,
            'source' => "generated with $ver: new Encrypter(key of APP_KEY=" . ($label ?? '<random>') . ", '$cipher')->encrypt(CookieValuePrefix::create('$name', key).\$value, false) as EncryptCookies does"];
    }
}
echo json_encode($out, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES), "\n";
