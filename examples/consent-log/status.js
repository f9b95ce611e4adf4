// Shows the visitor's consent id and the rows the log holds for it (through /examples/consent-log/rows, a demo
// route in examples/serve.mjs that asks the receiver's read API with the demo token, which never reaches the page).
const idOutput = document.getElementById("consent-id");
const rowsOutput = document.getElementById("consent-rows");

async function refresh() {
  const { id } = Consent.state();
  idOutput.textContent = id ?? "none yet";
  if (!id) return;
  // The drop-in posts with keepalive; give the receiver a moment before asking it.
  await new Promise((done) => setTimeout(done, 300));
  const response = await fetch(`/examples/consent-log/rows/${id}`);
  if (!response.ok) return void (rowsOutput.textContent = `the receiver answered ${response.status}`);
  const { records } = await response.json();
  rowsOutput.textContent = records.map((record) => `${record.updatedAt} ${record.method}`).join(" · ") || "none";
}

Consent.on("change", refresh);
refresh();
