/// The content tables of the generator: countries with the goods their exhibitors bring, and the
/// specification variants of each kind of goods. Modelled on what the Chongqing International
/// Consumer Products Expo 2023 reported (amethysts from Uruguay, Nanyang gold pearls, Myanmar
/// amber, Hungarian porcelain, Pakistani furniture, Iranian saffron and pistachios, wines…);
/// the companies are invented.
enum CountryProfiles {
  // Header: @CODE|hall|weight|P(avilion) or -|places for company names (comma-separated)|suffixes (semicolon-separated)
  // Items:  English|Chinese|category|spec group
  static let table = """
    @CN|S2|120|-|Jialing=嘉陵,Chaotianmen=朝天门,Shancheng=山城,Bayu=巴渝,Yuzhou=渝州,Sanxia=三峡,Longmen=龙门,Ciqikou=磁器口,Hongyadong=洪崖洞,Jinfo=金佛,Yunwu=云雾,Qingyun=青云,Huaxin=华鑫,Ruifeng=瑞丰,Hengtong=恒通,Xinyu=新渝,Baisheng=百盛,Wulong=武隆,Nanshan=南山,Jiangbei=江北,Fuling=涪陵,Rongchang=荣昌,Dazu=大足,Liangping=梁平|Co., Ltd.
    Beef Tallow Hotpot Base|牛油火锅底料|Food|food
    Chongqing Noodle Seasoning|重庆小面调料|Food|food
    Fuling Pickled Mustard Tuber|涪陵榨菜|Food|food
    Spicy Beef Jerky|麻辣牛肉干|Food|food
    Strange-Flavour Broad Beans|怪味胡豆|Food|food
    Jiangjin Puffed Rice Cake|江津米花糖|Food|food
    Hechuan Peach Slice Cake|合川桃片|Food|food
    Fengjie Navel Oranges|奉节脐橙|Fresh produce|fresh
    Yongchuan Xiuya Green Tea|永川秀芽绿茶|Tea|tea
    Chengkou Cured Pork|城口老腊肉|Food|food
    Sichuan Pepper Oil|花椒油|Food|food
    Hot and Sour Glass Noodles|酸辣粉|Food|food
    Sorghum Baijiu|高粱白酒|Wine & spirits|spirits
    Rongchang Pottery Teapot|荣昌陶茶壶|Handicrafts|craft
    Shu Embroidery Panel|蜀绣挂屏|Handicrafts|craft
    Liangping Bamboo Weaving|梁平竹编|Handicrafts|craft
    Rongchang Ramie Linen|荣昌夏布|Textiles|textile
    Dazu Rock Carving Replica|大足石刻复制品|Handicrafts|craft
    Qijiang Farmer Print|綦江农民版画|Handicrafts|craft
    @CN|S3|100|-|Changjiang=长江,Liangjiang=两江,Xiyong=西永,Jinyun=缙云,Tianyuan=天元,Zhiyuan=智远,Qiancheng=千城,Yunjie=云捷,Lingyu=领域,Xingchen=星辰,Hengxin=恒鑫,Ruichi=瑞驰,Feiyue=飞跃,Zhixing=智行,Chuangneng=创能,Guangyang=广阳,Lijia=礼嘉,Yuelai=悦来|Co., Ltd.
    Battery-Electric SUV|纯电动SUV|New energy vehicles|vehicle
    Plug-in Hybrid Sedan|插电式混合动力轿车|New energy vehicles|vehicle
    Extended-Range Electric MPV|增程式电动MPV|New energy vehicles|vehicle
    Electric Motorcycle|电动摩托车|New energy vehicles|vehicle
    EV Charging Pile|电动汽车充电桩|New energy vehicles|device
    Traction Battery Pack|动力电池包|New energy vehicles|device
    Lightweight Laptop|轻薄笔记本电脑|Consumer electronics|device
    Smartwatch|智能手表|Consumer electronics|device
    Camera Drone|航拍无人机|Consumer electronics|device
    Smart Door Lock|智能门锁|Smart home|device
    Robot Vacuum Cleaner|扫地机器人|Smart home|device
    Air Purifier|空气净化器|Smart home|device
    Electric Bicycle|电动自行车|New energy vehicles|vehicle
    @RU|N1|30|P|Sibir,Ural,Volga,Baikal,Altai,Kuban,Neva,Taiga,Amur,Kamchatka,Yenisei,Tver|LLC;JSC;Trading House
    Altai Mountain Honey|阿尔泰山蜂蜜|Food|food
    Russian Chocolate Assortment|俄罗斯巧克力礼盒|Food|food
    Russian Ice Cream|俄罗斯冰淇淋|Food|food
    Sunflower Oil|俄罗斯葵花籽油|Food|food
    Buckwheat Groats|俄罗斯荞麦米|Food|food
    Salmon Caviar|俄罗斯鲑鱼籽|Food|food
    Siberian Pine Nuts|西伯利亚松子|Food|food
    Matryoshka Nesting Doll|俄罗斯套娃|Handicrafts|craft
    Orenburg Down Shawl|奥伦堡羊绒披肩|Fashion|fashion
    Designer Evening Dress|俄罗斯设计师晚礼服|Fashion|fashion
    Gzhel Porcelain Teapot|格热利瓷茶壶|Porcelain & ceramics|craft
    Khokhloma Wooden Tableware|霍赫洛马木制餐具|Handicrafts|craft
    Russian Vodka|俄罗斯伏特加|Wine & spirits|spirits
    @IR|N2|18|P|Isfahan,Shiraz,Tabriz,Mashhad,Kerman,Yazd,Qazvin,Kashan,Persepolis,Zagros|Trading Co.;Export Co.;Group
    Saffron Threads|伊朗藏红花|Spices|spice
    Roasted Pistachios|伊朗开心果|Nuts & dried fruit|food
    Persian Silk Carpet|波斯丝毯|Handicrafts|rug
    Minakari Enamel Plate|伊朗珐琅彩盘|Handicrafts|craft
    Khatam Inlay Jewellery Box|伊朗镶嵌工艺首饰盒|Handicrafts|craft
    Mazafati Dates|伊朗椰枣|Nuts & dried fruit|food
    Damask Rose Water|大马士革玫瑰水|Food|food
    Barberries|伊朗小檗果|Nuts & dried fruit|food
    Hand-painted Tea Set|伊朗手绘茶具|Handicrafts|craft
    @BE|N1|10|P|Brussels,Antwerp,Ghent,Bruges,Liege,Namur,Leuven,Mechelen|NV;SA;BVBA
    Belgian Chocolate Pralines|比利时巧克力果仁糖|Food|food
    Trappist-style Abbey Beer|比利时修道院啤酒|Wine & spirits|beer
    Liege Waffles|比利时列日华夫饼|Food|food
    Bruges Bobbin Lace|布鲁日梭结蕾丝|Textiles|textile
    Speculoos Biscuits|比利时焦糖饼干|Food|food
    Polished Diamond Pendant|比利时切工钻石吊坠|Jewellery & gems|gem
    @KE|N3|10|P|Nairobi,Mombasa,Kericho,Nyeri,Kisumu,Nakuru,Eldoret,Meru|Ltd;Exporters Ltd;Cooperative
    Kenyan Black Tea|肯尼亚红茶|Tea|tea
    Kenyan AA Coffee Beans|肯尼亚AA咖啡豆|Coffee|coffee
    Hass Avocado|肯尼亚牛油果|Fresh produce|fresh
    Macadamia Nuts|肯尼亚夏威夷果|Nuts & dried fruit|food
    Fresh-cut Roses|肯尼亚鲜切玫瑰|Flowers|fresh
    Kisii Soapstone Carving|基西皂石雕刻|Handicrafts|craft
    Sisal Kiondo Basket|剑麻编织篮|Handicrafts|craft
    @UY|N3|9|P|Montevideo,Artigas,Salto,Colonia,Rivera,Canelones,Maldonado,Paysandu|S.A.;SRL;Export S.A.
    Amethyst Geode|乌拉圭紫水晶洞|Jewellery & gems|geode
    Amethyst Cluster|乌拉圭紫水晶簇|Jewellery & gems|craft
    Amethyst Pendant|乌拉圭紫水晶吊坠|Jewellery & gems|gem
    Agate Slice Coaster|乌拉圭玛瑙杯垫|Jewellery & gems|craft
    Tannat Red Wine|乌拉圭丹娜红葡萄酒|Wine & spirits|wine
    Frozen Grass-fed Beef|乌拉圭冷冻草饲牛肉|Food|food
    Merino Wool Throw|美利奴羊毛毯|Textiles|textile
    @MM|S1|9|P|Yangon,Mandalay,Myitkyina,Hukawng,Bagan,Mawlamyine,Taunggyi,Inle|Co., Ltd.;Gems Co., Ltd.;Trading
    Burmese Amber Pendant|缅甸琥珀吊坠|Jewellery & gems|gem
    Amber Bead Bracelet|缅甸琥珀手串|Jewellery & gems|gem
    Blue Amber Carving|缅甸蓝珀雕件|Jewellery & gems|gem
    Jadeite Bangle|缅甸翡翠手镯|Jewellery & gems|gem
    Teak Wood Carving|缅甸柚木雕|Handicrafts|craft
    Bagan Lacquerware Bowl|蒲甘漆器碗|Handicrafts|craft
    @PK|N2|12|P|Lahore,Karachi,Chiniot,Sialkot,Peshawar,Multan,Faisalabad,Gujranwala|Industries;Pvt Ltd;Traders
    Carved Sheesham Dining Set|巴基斯坦雕花实木餐桌椅|Furniture|furniture
    Chiniot Hand-carved Cabinet|奇尼奥特手工雕花柜|Furniture|furniture
    Walnut Wood Coffee Table|胡桃木茶几|Furniture|furniture
    Himalayan Pink Salt Lamp|喜马拉雅玫瑰盐灯|Home decor|craft
    Onyx Marble Vase|缟玛瑙花瓶|Home decor|craft
    Cotton Bed Linen Set|巴基斯坦纯棉床品|Textiles|textile
    Basmati Rice|巴基斯坦巴斯马蒂香米|Food|food
    @HU|N1|9|P|Budapest,Pecs,Herend,Tokaj,Eger,Szeged,Debrecen,Kalocsa|Kft.;Zrt.;Manufaktura
    Hand-painted Porcelain Vase|匈牙利手绘瓷花瓶|Porcelain & ceramics|craft
    Porcelain Tea Set|匈牙利瓷茶具|Porcelain & ceramics|craft
    Pécs Eosin Porcelain Figurine|佩奇虹彩瓷摆件|Porcelain & ceramics|craft
    Tokaji Aszú Sweet Wine|托卡伊贵腐甜酒|Wine & spirits|wine
    Kalocsa Paprika Powder|卡洛乔红椒粉|Spices|spice
    Winter Salami|匈牙利冬季萨拉米|Food|food
    Pálinka Fruit Brandy|匈牙利水果白兰地|Wine & spirits|spirits
    @PH|S1|6|P|Manila,Palawan,Cebu,Davao,Iloilo,Bohol|Pearl Co.;Inc.;Trading Corp.
    Nanyang Gold Pearl Necklace|南洋金珠项链|Jewellery & gems|gem
    Nanyang Gold Pearl Earrings|南洋金珠耳环|Jewellery & gems|gem
    Loose Golden South Sea Pearls|南洋金珠裸珠|Jewellery & gems|gem
    Dried Mango|菲律宾芒果干|Nuts & dried fruit|food
    Virgin Coconut Oil|初榨椰子油|Food|food
    @GE|N1|5|P|Kakheti,Tbilisi,Kutaisi,Telavi,Batumi,Mtskheta|LLC;Ltd;Marani
    Saperavi Red Wine|格鲁吉亚萨别拉维红酒|Wine & spirits|wine
    Qvevri Amber Wine|格鲁吉亚陶罐琥珀酒|Wine & spirits|wine
    Churchkhela Walnut Sweets|格鲁吉亚核桃葡萄糖|Food|food
    Chacha Grape Brandy|格鲁吉亚恰恰白兰地|Wine & spirits|spirits
    @TH|S1|7|P|Bangkok,Chiang Mai,Chanthaburi,Khon Kaen,Phuket,Ayutthaya|Co., Ltd.;Thai Co., Ltd.;Group
    Hom Mali Jasmine Rice|泰国茉莉香米|Food|food
    Natural Latex Pillow|泰国天然乳胶枕|Home decor|textile
    Monthong Durian|泰国金枕榴莲|Fresh produce|fresh
    Coconut Chips|泰国椰子片|Nuts & dried fruit|food
    Thai Silk Scarf|泰丝围巾|Fashion|fashion
    @VN|S1|6|-|Saigon,Hanoi,Da Nang,Hue,Dak Lak,Can Tho|Co., Ltd.;JSC;Import-Export
    Robusta Coffee|越南罗布斯塔咖啡|Coffee|coffee
    Cashew Nuts|越南腰果|Nuts & dried fruit|food
    Dragon Fruit|越南火龙果|Fresh produce|fresh
    Rattan Storage Basket|越南藤编收纳篮|Handicrafts|craft
    @LA|S1|4|-|Vientiane,Luang Prabang,Pakse,Bolaven|Sole Co., Ltd.;Trading
    Bolaven Plateau Coffee|老挝波罗芬高原咖啡|Coffee|coffee
    Lao Silk Scarf|老挝手织丝巾|Fashion|fashion
    Rosewood Carving|老挝红木雕|Handicrafts|craft
    @MY|S1|5|-|Penang,Kuala Lumpur,Ipoh,Sarawak,Malacca|Sdn Bhd;Berhad
    Edible Bird's Nest|马来西亚燕窝|Food|food
    Musang King Durian|猫山王榴莲|Fresh produce|fresh
    Ipoh White Coffee|怡保白咖啡|Coffee|coffee
    Pewter Tankard|马来西亚锡器酒杯|Handicrafts|craft
    @ID|S1|4|-|Java,Bali,Sumatra,Sulawesi,Bandung|PT;CV
    Sumatra Mandheling Coffee|苏门答腊曼特宁咖啡|Coffee|coffee
    Batik Sarong|印尼蜡染纱笼|Fashion|fashion
    Coconut Palm Sugar|椰糖|Food|food
    @LK|S1|4|-|Colombo,Kandy,Nuwara Eliya,Galle,Ratnapura|Pvt Ltd;Exports
    Ceylon Black Tea|锡兰红茶|Tea|tea
    Ceylon Blue Sapphire|锡兰蓝宝石|Jewellery & gems|gem
    Cinnamon Quills|锡兰肉桂|Spices|spice
    @TR|N2|5|-|Istanbul,Izmir,Bursa,Konya,Kayseri,Antalya|A.S.;Ltd. Sti.
    Turkish Delight|土耳其软糖|Food|food
    Hand-woven Kilim|土耳其手织基里姆地毯|Handicrafts|rug
    Iznik Ceramic Plate|伊兹尼克陶瓷盘|Porcelain & ceramics|craft
    @KZ|N2|4|-|Almaty,Astana,Shymkent,Semey|LLP;JSC
    Mountain Honey|哈萨克斯坦山花蜂蜜|Food|food
    Wheat Flour|哈萨克斯坦小麦粉|Food|food
    Camel Milk Chocolate|驼奶巧克力|Food|food
    @BY|N1|4|-|Minsk,Brest,Vitebsk,Gomel|OJSC;LLC
    Belarusian Butter|白俄罗斯黄油|Food|food
    Linen Tablecloth|白俄罗斯亚麻桌布|Textiles|textile
    Condensed Milk|白俄罗斯炼乳|Food|food
    @EG|N2|3|-|Cairo,Alexandria,Luxor,Giza|Co.;Trading
    Egyptian Cotton Towel|埃及长绒棉毛巾|Textiles|textile
    Papyrus Painting|埃及纸莎草画|Handicrafts|craft
    Hibiscus Tea|洛神花茶|Tea|tea
    @IT|N1|5|-|Tuscany,Piedmont,Veneto,Puglia,Sicily,Emilia|S.r.l.;S.p.A.
    Chianti Classico Red Wine|基安蒂经典红葡萄酒|Wine & spirits|wine
    Extra Virgin Olive Oil|意大利特级初榨橄榄油|Food|food
    Parmigiano Reggiano|帕玛森干酪|Food|food
    @FR|N1|5|-|Bordeaux,Burgundy,Provence,Lyon,Cognac,Alsace|SAS;SARL
    Bordeaux Red Wine|波尔多红葡萄酒|Wine & spirits|wine
    Champagne Brut|香槟|Wine & spirits|wine
    Lavender Hand Cream|普罗旺斯薰衣草护手霜|Cosmetics|cosmetic
    @ES|N1|3|-|Rioja,Andalusia,Valencia,Catalonia|S.L.;S.A.
    Rioja Crianza Red Wine|里奥哈陈酿红葡萄酒|Wine & spirits|wine
    Iberian Ham|西班牙伊比利亚火腿|Food|food
    @CL|N3|5|-|Maipo,Colchagua,Casablanca,Santiago,Curico|S.A.;Ltda.
    Cabernet Sauvignon|智利赤霞珠红葡萄酒|Wine & spirits|wine
    Carmenere Red Wine|智利佳美娜红葡萄酒|Wine & spirits|wine
    Fresh Cherries|智利车厘子|Fresh produce|fresh
    @AR|N3|3|-|Mendoza,Salta,Cordoba,Patagonia|S.A.;S.R.L.
    Malbec Red Wine|阿根廷马尔贝克红葡萄酒|Wine & spirits|wine
    Argentine Red Shrimp|阿根廷红虾|Food|food
    @AU|N3|5|-|Barossa,Margaret River,Hunter Valley,Tasmania,Yarra|Pty Ltd
    Shiraz Red Wine|澳大利亚设拉子红葡萄酒|Wine & spirits|wine
    Wagyu Beef|澳洲和牛|Food|food
    Lanolin Cream|绵羊油面霜|Cosmetics|cosmetic
    @NZ|N3|4|-|Marlborough,Waikato,Canterbury,Otago,Hawke's Bay|Ltd
    Manuka Honey|麦卢卡蜂蜜|Food|food
    Sauvignon Blanc|新西兰长相思白葡萄酒|Wine & spirits|wine
    Kiwifruit|新西兰奇异果|Fresh produce|fresh
    @KR|S1|3|-|Seoul,Busan,Jeju,Incheon|Co., Ltd.;Corp.
    Korean Red Ginseng|高丽红参|Food|food
    Hydrating Sheet Mask|补水面膜|Cosmetics|cosmetic
    """

  // Specification variants: group|English|Chinese
  static let specs = """
    food|250 g|250克
    food|500 g|500克
    food|1 kg|1千克
    food|Gift box|礼盒装
    food|Family pack|家庭装
    food|10 kg, wholesale|10千克批发装
    fresh|5 kg carton|5千克箱装
    fresh|Premium grade|特级
    fresh|Air-freighted|空运
    tea|100 g tin|100克罐装
    tea|Loose leaf, 250 g|散装250克
    tea|Gift box|礼盒装
    coffee|Whole beans, 500 g|咖啡豆500克
    coffee|Ground, 250 g|咖啡粉250克
    coffee|Drip bags, 10 x 10 g|挂耳10袋装
    spice|1 g|1克
    spice|5 g gift jar|5克礼罐
    spice|50 g|50克
    wine|750 ml|750毫升
    wine|Reserve, 750 ml|珍藏750毫升
    wine|Gift box of 2|双支礼盒
    wine|Magnum, 1.5 l|1.5升大瓶
    spirits|500 ml|500毫升
    spirits|700 ml|700毫升
    spirits|Gift box|礼盒装
    beer|330 ml bottle|330毫升瓶装
    beer|Case of 12|12瓶装
    geode|Cathedral, 30 kg|教堂洞30千克
    geode|Tabletop, 3 kg|桌面摆件3千克
    geode|Deep purple, AAA|深紫AAA级
    gem|AAA grade|AAA级
    gem|Gift box|礼盒装
    gem|Certified|带证书
    gem|18k gold setting|18K金镶嵌
    craft|Small|小号
    craft|Large|大号
    craft|Hand-made|手工制作
    craft|Gift set|礼品套装
    rug|1.2 x 1.8 m|1.2 × 1.8米
    rug|2 x 3 m|2 × 3米
    rug|Runner, 0.8 x 3 m|走廊毯0.8 × 3米
    furniture|Solid wood|实木
    furniture|Hand-carved|手工雕花
    furniture|Six-seater|六人座
    textile|Single|单人
    textile|Double|双人
    textile|Set of 2|两件套
    fashion|One size|均码
    fashion|Limited edition|限量款
    fashion|Silk|真丝
    cosmetic|50 ml|50毫升
    cosmetic|Gift set|礼盒装
    vehicle|Standard range|标准续航版
    vehicle|Long range|长续航版
    vehicle|Export edition|出口版
    device|Standard|标准版
    device|Pro|专业版
    device|Export model|出口型号
    """
}
