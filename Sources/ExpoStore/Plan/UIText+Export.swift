import ExpoModel

/// The words of the exported plan (iCalendar, Markdown, CSV) in the chosen language.
extension UIText {
  public func myPlanOf(_ expo: String) -> String { pick("My plan · \(expo)", "我的行程 · \(expo)") }
  public func calendarName(_ expo: String) -> String { pick("\(expo) · my plan", "\(expo) · 我的行程") }
  public func exportSpeakers(_ names: String) -> String { labelled(pick("Speakers", "嘉宾"), names) }
  public func exportClashes(_ titles: String) -> String { labelled(pick("Clashes with", "时间冲突"), titles) }
  public func exportNote(_ note: String) -> String { labelled(pick("Note", "备注"), note) }
  public func visitBooth(_ exhibitor: String, booth: String) -> String {
    pick("Visit \(exhibitor) (booth \(booth))", "参观\(exhibitor)（展位\(booth)）")
  }
  public func hallBooth(_ hall: String, booth: String) -> String {
    pick("\(hall), booth \(booth)", "\(hall)，展位\(booth)")
  }
  public func boothCode(_ code: String) -> String { pick("booth \(code)", "展位\(code)") }
  public func hallCode(_ hall: String) -> String { pick("Hall \(hall)", "\(hall)馆") }
  public func walkingOrder(_ hall: String, metres: Int) -> String {
    pick("\(hall) — walking order, \(self.metres(metres))", "\(hall) —— 步行顺序，\(self.metres(metres))")
  }
  public var exportBoothColumns: [String] {
    [pick("#", "#"), pick("Booth", "展位"), pick("Exhibitor", "展商"), pick("Visited", "已参观"), pick("Note", "备注")]
  }
  public var exportEventColumns: [String] {
    [pick("When", "时间"), pick("Event", "活动"), pick("Where", "地点"), pick("Note", "备注")]
  }
  public var exportEvents: String { pick("Events", "活动") }
  public var exportProducts: String { pick("Products", "产品") }
  public var exportMissing: String { pick("No longer in the catalogue", "已不在目录中") }
  public var exportMissingName: String { pick("(no longer in the catalogue)", "（已不在目录中）") }
  public func exportClashesWith(_ titles: String) -> String { pick("clashes with \(titles)", "与\(titles)冲突") }
  public var exportYes: String { pick("yes", "是") }
  public var exportNo: String { pick("no", "否") }
}
