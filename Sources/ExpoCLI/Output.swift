import ExpoModel
import ExpoUI
import Foundation

/// Writes a message to standard error, every line through `Sanitize.line`: an error can quote
/// data (a time zone, an id, a file's text), and data never reaches the terminal raw.
func printError(_ text: String) {
  let safe = Sanitize.lines(text).joined(separator: "\n")
  writeAll(2, safe + "\n")
}

/// Writes human-readable text to standard output, every line through `Sanitize.line` (the
/// one policy for text output; JSON and CSV are made safe by their encoders).
func say(_ text: String) {
  print(Sanitize.lines(text).joined(separator: "\n"))
}

/// Writes text to standard output at once (unbuffered), so a note on standard error that follows
/// it is never interleaved with it on a terminal.
func writeOut(_ text: String) {
  writeAll(1, text)
}

/// Writes all of `text` to the file descriptor, stopping at an error such as a closed pipe.
/// (Without `Data` and `FileHandle`: making a `Data` of a string's bytes cast the view dynamically,
/// a tenth of a millisecond of a one-shot command.)
func writeAll(_ descriptor: Int32, _ text: String) {
  var text = text
  _ = text.withUTF8 { Paths.writeAll(descriptor, UnsafeRawBufferPointer($0)) }
}

/// What a one-shot command leaves to the process's end: its catalogue and screens are not freed
/// (closing the catalogue and freeing its caches and indexes took a tenth of `expo search`), as
/// the process exits right after and the kernel takes everything back at once.
enum KeptUntilExit {
  private final class Box<T> {
    let value: T
    init(_ value: T) { self.value = value }
  }

  /// Retains `value` for the rest of the process (one retain that is never released).
  static func keep<T>(_ value: T) { _ = Unmanaged.passRetained(Box(value)) }
}
