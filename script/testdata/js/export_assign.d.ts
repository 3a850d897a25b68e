// A declaration file's CommonJS export.
declare function setTheme(name: string): void;
export = setTheme;
document.cookie = "lang=en; path=/"; // want write "lang"
