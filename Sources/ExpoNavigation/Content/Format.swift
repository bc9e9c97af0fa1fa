import ExpoModel

/// Number formatting shared by the screens (the same in both languages; words are in `UIText`).
public enum Format {
  /// 10400 -> "10,400".
  public static func grouped(_ n: Int) -> String { UIText.grouped(n) }
}
