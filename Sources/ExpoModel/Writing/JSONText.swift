/// Minimal JSON text building with stable member order (used by the dataset writer and the CLI).
public enum JSONText {
  /// A JSON string literal for `text`, escaping quotes, backslashes and control characters.
  public static func quote(_ text: String) -> String {
    var out = "\""
    out.reserveCapacity(text.utf8.count + 2)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      default:
        if Sanitize.isUnsafe(scalar) {
          let hex = String(scalar.value, radix: 16)
          out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    out += "\""
    return out
  }

  /// One JSON value, built without Foundation so that member order is ours.
  public indirect enum Value: Sendable, Hashable {
    case string(String)
    case int(Int)
    case double(Double)
    case bool(Bool)
    case null
    case array([Value])
    case object([(String, Value)])

    public static func == (a: Value, b: Value) -> Bool { a.compact == b.compact }
    public func hash(into hasher: inout Hasher) { hasher.combine(compact) }

    /// The value on one line.
    public var compact: String {
      switch self {
      case .string(let s): return JSONText.quote(s)
      case .int(let i): return String(i)
      case .double(let d): return d.isFinite ? String(d) : "null"
      case .bool(let b): return b ? "true" : "false"
      case .null: return "null"
      case .array(let items): return "[" + items.map(\.compact).joined(separator: ", ") + "]"
      case .object(let members):
        return "{" + members.map { "\(JSONText.quote($0.0)): \($0.1.compact)" }.joined(separator: ", ") + "}"
      }
    }

    /// The value indented, arrays of scalars kept on one line.
    public func pretty(indent: Int = 0) -> String {
      let pad = String(repeating: "  ", count: indent + 1)
      let close = String(repeating: "  ", count: indent)
      switch self {
      case .array(let items) where !items.isEmpty && items.contains(where: \.isContainer):
        return "[\n" + items.map { pad + $0.pretty(indent: indent + 1) }.joined(separator: ",\n") + "\n\(close)]"
      case .object(let members) where !members.isEmpty:
        return "{\n"
          + members.map { "\(pad)\(JSONText.quote($0.0)): \($0.1.pretty(indent: indent + 1))" }.joined(
            separator: ",\n") + "\n\(close)}"
      default:
        return compact
      }
    }

    var isContainer: Bool {
      switch self {
      case .array, .object: return true
      default: return false
      }
    }
  }
}
