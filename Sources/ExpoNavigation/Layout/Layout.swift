import ExpoModel

/// Where everything goes on the screen, computed once from the state and the screen's content:
/// the reducer pages and scrolls by it and the renderer draws by it, so they cannot disagree.
///
/// Rows: 0 title bar, 1 section tabs, 2 breadcrumbs, 3 ..< height-1 the body (card, then the
/// list, plan or timetable), height-1 the status bar. From 110 columns a detail pane sits right
/// of lists.
public struct Layout: Hashable, Sendable {
  public static let minimumWidth = 40
  public static let minimumHeight = 10
  /// Terminals at least this wide show a detail pane beside lists.
  public static let detailPaneWidth = 110
  public static let bodyTop = 3

  /// What the body shows below the card.
  public enum Body: Hashable, Sendable {
    case cardOnly
    case list
    case plan
    case timetable
  }

  public var width: Int
  public var height: Int
  /// Below the minimum size only a request to enlarge the terminal is drawn.
  public var tooSmall: Bool
  public var body: Body
  /// Columns left of the detail pane (the whole width without one).
  public var mainWidth: Int
  /// The detail pane's first column and width (nil: no pane).
  public var paneX: Int?
  public var paneWidth: Int
  /// The card's lines that fit, and whether some were left out.
  public var card: [CardRow]
  public var cardCut: Bool
  /// The first row below the card (where a plan or a timetable starts).
  public var belowCard: Int
  /// The column titles' row (nil: none shown).
  public var headerY: Int?
  /// The list's rows on the screen.
  public var listTop: Int
  public var listRows: Int
  /// The plan's zoom (map screens): the one chosen, else the closest that fits.
  public var mapZoom: Int?

  public var bodyBottom: Int { height - 1 }
  public var statusY: Int { height - 1 }

  /// Columns of the detail pane on a terminal `width` wide.
  public static func paneWidth(_ width: Int) -> Int { min(64, width * 2 / 5) }

  /// `wrap` wraps the card (the navigator passes one that remembers: a layout is made at every
  /// action and every frame, the card rarely changes).
  public init(
    state: AppState, content: ScreenContent, wrap: ([CardLine], Int) -> [CardRow] = { CardRow.wrap($0, width: $1) }
  ) {
    width = state.width
    height = state.height
    tooSmall = width < Layout.minimumWidth || height < Layout.minimumHeight
    body =
      tooSmall
      ? .cardOnly : content.hasPlan ? .plan : content.hasTimetable ? .timetable : content.hasList ? .list : .cardOnly
    let pane =
      !tooSmall && state.showPane && width >= Layout.detailPaneWidth && body == .list && content.count > 0
    paneWidth = pane ? Layout.paneWidth(width) : 0
    mainWidth = width - (pane ? paneWidth + 1 : 0)
    paneX = pane ? mainWidth + 2 : nil
    card = []
    cardCut = false
    belowCard = Layout.bodyTop
    headerY = nil
    listTop = Layout.bodyTop
    listRows = 0
    mapZoom = nil
    guard !tooSmall else { return }

    let wrapped = wrap(content.card, mainWidth - 2)
    let available = height - 1 - Layout.bodyTop
    // The card gets half the body, or all that a short list leaves (an event's long description
    // above its three links is read whole).
    let listNeeds = content.count + (content.showsHeader ? 1 : 0) + 1
    let budget =
      body == .cardOnly
      ? available : max(2, min(wrapped.count, max(available / 2 - 1, available - listNeeds)))
    card = Array(wrapped.prefix(budget))
    cardCut = wrapped.count > budget
    var y = Layout.bodyTop + card.count
    belowCard = y
    switch body {
    case .plan:
      if let plan = content.plan {
        let fullHeight = height - 1 - (y + 1)
        // A hall opens at least at the plan zoom (booths boxed, numbered, marked), panned to the
        // selection; the overview, where a row of booths is one line, only when asked.
        let fitting = plan.fittingZoom(width: width, height: plan.kind == .venue ? fullHeight : .max)
        mapZoom = state.mapZoom ?? (plan.kind == .venue ? fitting : max(1, fitting))
      }
    case .timetable:
      // The venues' row, then the grid: j/k walk the events, a page is the grid's height.
      listTop = y + 2
      listRows = max(1, height - 1 - listTop)
    case .list:
      if y > Layout.bodyTop { y += 1 }
      if content.count > 0 && content.showsHeader {
        headerY = y
        y += 1
      }
      listTop = y
      listRows = max(0, height - 1 - listTop)
    case .cardOnly:
      break
    }
  }

  /// Rows a page moves and the list keeps in view (at least one).
  public var pageRows: Int { max(1, listRows) }
}
