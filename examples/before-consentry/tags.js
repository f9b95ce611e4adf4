// Stand-ins for an analytics snippet, a marketing pixel's cookie and a site preference, as they run before consent.
document.cookie = "_ga=GA1.1." + Math.floor(Math.random() * 1e9) + "." + Math.floor(Date.now() / 1000) + "; Path=/; Max-Age=34560000; SameSite=Lax";
document.cookie = "_gid=GA1.1." + Math.floor(Math.random() * 1e9) + "; Path=/; Max-Age=86400; SameSite=Lax";
document.cookie = "_fbp=fb.1." + Date.now() + "." + Math.floor(Math.random() * 1e9) + "; Path=/; Max-Age=7776000; SameSite=Lax";
localStorage.setItem("theme", "dark");
