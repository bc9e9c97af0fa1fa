import ExpoModel
import Foundation

/// The text fields: the search query and the note editor.
extension Navigator {
  /// A printable key in a text field.
  func insert(_ c: Character, _ state: inout AppState) {
    if var editor = state.editor {
      editor.insert(c)
      state.editor = editor
    } else if case .search(let query, let kind) = state.screen {
      updateSearch(query + String(c), kind, &state)
    }
  }

  func updateSearch(_ query: String, _ kind: SearchKind?, _ state: inout AppState) {
    state.replace(with: .search(query: query, kind: kind))
    placeCursor(&state)
  }

  /// The search field's commands; nil: the command means what it means on lists.
  func searchCommand(_ command: Command, _ query: String, _ kind: SearchKind?, _ state: inout AppState)
    -> [Effect]?
  {
    switch command {
    case .deleteBackward:
      if query.isEmpty { return run(.back, &state) }
      updateSearch(String(query.dropLast()), kind, &state)
    case .clearText:
      updateSearch("", kind, &state)
    case .deleteWord:
      var q = query
      while q.last == " " { q.removeLast() }
      while let last = q.last, last != " " { q.removeLast() }
      updateSearch(q, kind, &state)
    case .nextTab, .previousTab:
      let filters = SearchKind.filters
      let index = filters.firstIndex(of: kind) ?? 0
      let next = (index + (command == .nextTab ? 1 : filters.count - 1)) % filters.count
      updateSearch(query, filters[next], &state)
    default:
      return nil
    }
    return []
  }

  /// The note editor's commands: text goes in, save writes, cancel drops.
  func edit(_ command: Command, _ state: inout AppState) -> [Effect] {
    guard var editor = state.editor else { return [] }
    switch command {
    case .deleteBackward: editor.backspace()
    case .deleteForward: editor.delete()
    case .cursorLeft: editor.left()
    case .cursorRight: editor.right()
    case .cursorStart: editor.home()
    case .cursorEnd: editor.end()
    case .clearText: editor.clear()
    case .cancel:
      state.editor = nil
      state.message = UIText(state.language).noteNotChanged
      return []
    case .save:
      state.editor = nil
      let text = editor.text
      if text.isEmpty { state.notes[editor.key] = nil } else { state.notes[editor.key] = text }
      state.bookmarkRevision += 1
      state.message = UIText(state.language).noteSaved
      return [.saveNote(editor.key, text)]
    case .quit:
      state.isRunning = false
      return [.quit]
    default: break
    }
    state.editor = editor
    return []
  }

  /// A pasted text goes into the note being edited or the search field as text: line breaks and
  /// tabs become spaces, control and bidi characters are dropped. Pasted anywhere else, it starts
  /// a search for it.
  func paste(_ text: String, _ state: inout AppState) {
    state.message = nil
    var clean = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if scalar == "\n" || scalar == "\r" || scalar == "\t" {
        if clean.last != " " { clean.append(" ") }
      } else if !Sanitize.isUnsafe(scalar) {
        clean.append(scalar)
      }
    }
    let pasted = String(clean)
    guard !pasted.isEmpty else { return }
    if var editor = state.editor {
      for c in pasted { editor.insert(c) }
      state.editor = editor
    } else if case .search(let query, let kind) = state.screen {
      updateSearch(query + pasted, kind, &state)
    } else if !state.showHelp {
      state.push(.search(query: pasted.trimmingCharacters(in: .whitespaces), kind: nil))
      placeCursor(&state)
    }
  }
}
