// Greek UI strings: `import el from "consentry/locales/el"`, then `translations: { el }` (the drop-in loads them itself).
import type { BundledLocale } from "../i18n";

const el: BundledLocale = {
  title: "Σεβόμαστε το απόρρητό σας",
  description:
    "Με τη συγκατάθεσή σας χρησιμοποιούμε cookies για ανάλυση και μάρκετινγκ. Μπορείτε να αλλάξετε την επιλογή σας ανά πάσα στιγμή από τον σύνδεσμο «Ρυθμίσεις cookies» σε κάθε σελίδα. Διαβάστε την {policy}.",
  policy: "πολιτική μας για τα cookies",
  acceptAll: "Αποδοχή όλων",
  rejectAll: "Απόρριψη όλων",
  manage: "Διαχείριση προτιμήσεων",
  saved: "Οι επιλογές σας αποθηκεύτηκαν.",
  dismiss: "Συνέχεια χωρίς αποδοχή",
  dialogTitle: "Προτιμήσεις απορρήτου",
  save: "Αποθήκευση προτιμήσεων",
  close: "Κλείσιμο",
  alwaysActive: "Πάντα ενεργά",
  allowed: "Επιτρέπονται",
  notAllowed: "Δεν επιτρέπονται",
  cookies: "Cookies",
  noCookies: "Δεν έχουν δηλωθεί.",
  name: "Όνομα",
  provider: "Πάροχος",
  purpose: "Σκοπός",
  duration: "Διάρκεια",
  choice: "Η επιλογή σας",
  type: "Τύπος",
  typeCookie: "Cookie",
  typeLocalStorage: "Τοπική αποθήκευση",
  typeSessionStorage: "Αποθήκευση περιόδου σύνδεσης",
  typeIndexedDB: "IndexedDB",
  thirdParty: "Τρίτο μέρος",
  exempt: "Ενεργά, εκτός αν αντιταχθείτε",
  otherTab: "Οι επιλογές σας άλλαξαν σε άλλη καρτέλα.",
  blocked: "Το περιεχόμενο {name} είναι αποκλεισμένο μέχρι να επιτρέψετε: {categories}.",
  allow: "Επιτρέψτε: {categories}",
  consentId: "Αναγνωριστικό συγκατάθεσης",
  gpc: "Τηρείται το σήμα εξαίρεσης: το μάρκετινγκ παραμένει απενεργοποιημένο, εκτός αν το ενεργοποιήσετε εδώ.",
  change: "Αλλαγή ρυθμίσεων cookies",
  categories: {
    necessary: { label: "Απαραίτητα", description: "Απαιτούνται για τη λειτουργία του ιστότοπου και για να θυμάται αυτή την επιλογή." },
    preferences: { label: "Προτιμήσεις", description: "Θυμούνται ρυθμίσεις όπως τη γλώσσα σας." },
    analytics: { label: "Ανάλυση", description: "Μας βοηθούν να δούμε πώς χρησιμοποιείται ο ιστότοπος, για να τον βελτιώσουμε." },
    marketing: { label: "Μάρκετινγκ", description: "Μετρούν τις διαφημίσεις και σας δείχνουν σχετικές προσφορές αλλού." },
  },
};

export default el;
