/** Hands a file made in the browser to the user as a download; nothing leaves the device. */
export function downloadFile(file: { text: string; fileName: string; type: string }): void {
  const link = document.createElement('a')
  link.href = URL.createObjectURL(new Blob([file.text], { type: file.type }))
  link.download = file.fileName
  link.click()
  // Revoked a little later: the browser reads the blob after the click returns.
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000)
}
