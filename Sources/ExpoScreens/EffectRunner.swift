import ExpoModel
import ExpoNavigation
import ExpoStore
import Foundation

/// Carries out the reducer's effects: bookmark, note and visited writes to the user's file, the
/// plan's export, reloading the bookmarks. What came of each is returned as actions for the
/// reducer (the bookmarks as stored, a notice for the status bar), so the terminal loop only
/// passes them on. Quitting is the loop's own business.
public struct EffectRunner: EffectPerforming {
  /// (A new version of the data while the guide runs takes its place.)
  public var catalogue: any CatalogueReading
  /// The user's bookmarks file (nil: it could not be opened; writes say so).
  public let userStore: UserStore?
  public let expoID: String
  /// Where `e` writes expo-plan.ics, .md and .csv.
  public let exportFolder: URL
  /// Alarms in the exported calendar, this many minutes before each event (the settings'
  /// reminders; nil: none).
  public var alarmMinutes: Int?

  public init(catalogue: any CatalogueReading, userStore: UserStore?, expoID: String, exportFolder: URL) {
    self.catalogue = catalogue
    self.userStore = userStore
    self.expoID = expoID
    self.exportFolder = exportFolder
  }

  /// The bookmarks as stored (nil without a readable file).
  public func load() -> Action? {
    guard let userStore, let records = try? userStore.bookmarks(expo: expoID) else { return nil }
    return .bookmarkRecordsLoaded(records)
  }

  /// Carries out `effect` after the reducer produced it from `state`.
  public func perform(_ effect: Effect, state: AppState) -> [Action] {
    let t = UIText(state.language)
    switch effect {
    case .quit:
      return []
    case .reloadBookmarks:
      return load().map { [$0] } ?? []
    case .saveNote(let key, let text):
      return write(t.noteNotSaved, t) { try $0.setNote(text, for: key, expo: expoID) }
    case .setVisited(let key, let visited):
      return write(t.notSaved, t) { try $0.setVisited(visited, for: key, expo: expoID) }
    case .toggleBookmark(let key):
      guard let userStore else {
        return [.notice(t.bookmarksNotSaved)]
      }
      do {
        let now = try userStore.toggle(key, expo: expoID)
        // Another guide may have toggled it meanwhile: show what is stored.
        if now != state.bookmarks.contains(key) { return load().map { [$0] } ?? [] }
        return []
      } catch {
        return (load().map { [$0] } ?? []) + [.notice(t.bookmarkNotSaved("\(error)"))]
      }
    case .exportPlan:
      return [.notice(exportPlan(t))]
    case .bell:
      return []  // the terminal rings it
    }
  }

  private func write(_ failure: String, _ t: UIText, _ change: (UserStore) throws -> Void) -> [Action] {
    guard let userStore else { return [.notice(t.notSavedNoFile)] }
    do {
      try change(userStore)
      return []
    } catch {
      return (load().map { [$0] } ?? []) + [.notice("\(failure): \(error)")]
    }
  }

  /// Writes expo-plan.ics (events, and booths as to-dos), expo-plan.md and expo-plan.csv, or
  /// expo-plan-2.… when those exist: an earlier export is never overwritten.
  private func exportPlan(_ t: UIText) -> String {
    guard let userStore else { return t.nothingToExport }
    do {
      let plan = try VisitPlan.build(catalogue, bookmarks: try userStore.bookmarks(expo: expoID))
      let base = FileOutput.freeStem(in: exportFolder, stem: "expo-plan", extensions: ["ics", "md", "csv"])
      _ = try PlanFiles.write(
        plan, ics: base + ".ics", markdown: base + ".md", csv: base + ".csv", booths: true, language: t.language,
        alarmMinutes: alarmMinutes)
      let stem = URL(fileURLWithPath: base).lastPathComponent
      return t.wrote(stem, folder: exportFolder.path)
    } catch {
      return t.exportFailed("\(error)")
    }
  }
}
