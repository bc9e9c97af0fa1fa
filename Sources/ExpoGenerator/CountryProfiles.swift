/// The content tables of the generator: countries with the goods their exhibitors bring, and the
/// specification variants of each kind of goods. Modelled on what the Chongqing International
/// Consumer Products Expo 2023 reported (amethysts from Uruguay, Nanyang gold pearls, Myanmar
/// amber, Hungarian porcelain, Pakistani furniture, Iranian saffron and pistachios, wines…);
/// the companies are invented.
enum CountryProfiles {
  // Header: @CODE|hall|weight|P(avilion) or -|places for company names (comma-separated)|suffixes (semicolon-separated)
  // Places and suffixes are `English=Chinese`, as Chinese catalogues name foreign companies: the
  // place's standard Chinese name (Xinhua transliteration, or the name in use: 干邑, 猎人谷) and
  // the legal form's usual Chinese form (JSC 股份公司, LLC 有限责任公司, Kft. 有限责任公司, Pvt Ltd
  // 私人有限公司, Sdn Bhd 私人有限公司); the trade word comes from `SampleContent.industry`.
  // Items:  English|Chinese|category|spec group
  static let table = """
    @CN|S2|120|-|Jialing=嘉陵,Chaotianmen=朝天门,Shancheng=山城,Bayu=巴渝,Yuzhou=渝州,Sanxia=三峡,Longmen=龙门,Ciqikou=磁器口,Hongyadong=洪崖洞,Jinfo=金佛,Yunwu=云雾,Qingyun=青云,Huaxin=华鑫,Ruifeng=瑞丰,Hengtong=恒通,Xinyu=新渝,Baisheng=百盛,Wulong=武隆,Nanshan=南山,Jiangbei=江北,Fuling=涪陵,Rongchang=荣昌,Dazu=大足,Liangping=梁平|Co., Ltd.=有限公司
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
    @CN|S3|100|-|Changjiang=长江,Liangjiang=两江,Xiyong=西永,Jinyun=缙云,Tianyuan=天元,Zhiyuan=智远,Qiancheng=千城,Yunjie=云捷,Lingyu=领域,Xingchen=星辰,Hengxin=恒鑫,Ruichi=瑞驰,Feiyue=飞跃,Zhixing=智行,Chuangneng=创能,Guangyang=广阳,Lijia=礼嘉,Yuelai=悦来|Co., Ltd.=有限公司
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
    @RU|N1|30|P|Sibir=西伯利亚,Ural=乌拉尔,Volga=伏尔加,Baikal=贝加尔,Altai=阿尔泰,Kuban=库班,Neva=涅瓦,Taiga=泰加,Amur=阿穆尔,Kamchatka=堪察加,Yenisei=叶尼塞,Tver=特维尔|LLC=有限责任公司;JSC=股份公司;Trading House=商行
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
    @IR|N2|18|P|Isfahan=伊斯法罕,Shiraz=设拉子,Tabriz=大不里士,Mashhad=马什哈德,Kerman=克尔曼,Yazd=亚兹德,Qazvin=加兹温,Kashan=卡尚,Persepolis=波斯波利斯,Zagros=扎格罗斯|Trading Co.=贸易公司;Export Co.=出口公司;Group=集团
    Saffron Threads|伊朗藏红花|Spices|spice
    Roasted Pistachios|伊朗开心果|Nuts & dried fruit|food
    Persian Silk Carpet|波斯丝毯|Handicrafts|rug
    Minakari Enamel Plate|伊朗珐琅彩盘|Handicrafts|craft
    Khatam Inlay Jewellery Box|伊朗镶嵌工艺首饰盒|Handicrafts|craft
    Mazafati Dates|伊朗椰枣|Nuts & dried fruit|food
    Damask Rose Water|大马士革玫瑰水|Food|food
    Barberries|伊朗小檗果|Nuts & dried fruit|food
    Hand-painted Tea Set|伊朗手绘茶具|Handicrafts|craft
    @BE|N1|10|P|Brussels=布鲁塞尔,Antwerp=安特卫普,Ghent=根特,Bruges=布鲁日,Liege=列日,Namur=那慕尔,Leuven=鲁汶,Mechelen=梅赫伦|NV=股份有限公司;SA=股份公司;BVBA=私人有限责任公司
    Belgian Chocolate Pralines|比利时巧克力果仁糖|Food|food
    Trappist-style Abbey Beer|比利时修道院啤酒|Wine & spirits|beer
    Liege Waffles|比利时列日华夫饼|Food|food
    Bruges Bobbin Lace|布鲁日梭结蕾丝|Textiles|textile
    Speculoos Biscuits|比利时焦糖饼干|Food|food
    Polished Diamond Pendant|比利时切工钻石吊坠|Jewellery & gems|gem
    @KE|N3|10|P|Nairobi=内罗毕,Mombasa=蒙巴萨,Kericho=凯里乔,Nyeri=涅里,Kisumu=基苏木,Nakuru=纳库鲁,Eldoret=埃尔多雷特,Meru=梅鲁|Ltd=有限公司;Exporters Ltd=出口有限公司;Cooperative=合作社
    Kenyan Black Tea|肯尼亚红茶|Tea|tea
    Kenyan AA Coffee Beans|肯尼亚AA咖啡豆|Coffee|coffee
    Hass Avocado|肯尼亚牛油果|Fresh produce|fresh
    Macadamia Nuts|肯尼亚夏威夷果|Nuts & dried fruit|food
    Fresh-cut Roses|肯尼亚鲜切玫瑰|Flowers|fresh
    Kisii Soapstone Carving|基西皂石雕刻|Handicrafts|craft
    Sisal Kiondo Basket|剑麻编织篮|Handicrafts|craft
    @UY|N3|9|P|Montevideo=蒙得维的亚,Artigas=阿蒂加斯,Salto=萨尔托,Colonia=科洛尼亚,Rivera=里韦拉,Canelones=卡内洛内斯,Maldonado=马尔多纳多,Paysandu=派桑杜|S.A.=股份有限公司;SRL=有限责任公司;Export S.A.=出口股份有限公司
    Amethyst Geode|乌拉圭紫水晶洞|Jewellery & gems|geode
    Amethyst Cluster|乌拉圭紫水晶簇|Jewellery & gems|craft
    Amethyst Pendant|乌拉圭紫水晶吊坠|Jewellery & gems|gem
    Agate Slice Coaster|乌拉圭玛瑙杯垫|Jewellery & gems|craft
    Tannat Red Wine|乌拉圭丹娜红葡萄酒|Wine & spirits|wine
    Frozen Grass-fed Beef|乌拉圭冷冻草饲牛肉|Food|food
    Merino Wool Throw|美利奴羊毛毯|Textiles|textile
    @MM|S1|9|P|Yangon=仰光,Mandalay=曼德勒,Myitkyina=密支那,Hukawng=胡康,Bagan=蒲甘,Mawlamyine=毛淡棉,Taunggyi=东枝,Inle=茵莱|Co., Ltd.=有限公司;Gems Co., Ltd.=珠宝有限公司;Trading=贸易公司
    Burmese Amber Pendant|缅甸琥珀吊坠|Jewellery & gems|gem
    Amber Bead Bracelet|缅甸琥珀手串|Jewellery & gems|gem
    Blue Amber Carving|缅甸蓝珀雕件|Jewellery & gems|gem
    Jadeite Bangle|缅甸翡翠手镯|Jewellery & gems|gem
    Teak Wood Carving|缅甸柚木雕|Handicrafts|craft
    Bagan Lacquerware Bowl|蒲甘漆器碗|Handicrafts|craft
    @PK|N2|12|P|Lahore=拉合尔,Karachi=卡拉奇,Chiniot=奇尼奥特,Sialkot=锡亚尔科特,Peshawar=白沙瓦,Multan=木尔坦,Faisalabad=费萨拉巴德,Gujranwala=古杰兰瓦拉|Industries=实业公司;Pvt Ltd=私人有限公司;Traders=商行
    Carved Sheesham Dining Set|巴基斯坦雕花实木餐桌椅|Furniture|furniture
    Chiniot Hand-carved Cabinet|奇尼奥特手工雕花柜|Furniture|furniture
    Walnut Wood Coffee Table|胡桃木茶几|Furniture|furniture
    Himalayan Pink Salt Lamp|喜马拉雅玫瑰盐灯|Home decor|craft
    Onyx Marble Vase|缟玛瑙花瓶|Home decor|craft
    Cotton Bed Linen Set|巴基斯坦纯棉床品|Textiles|textile
    Basmati Rice|巴基斯坦巴斯马蒂香米|Food|food
    @HU|N1|9|P|Budapest=布达佩斯,Pecs=佩奇,Herend=海兰德,Tokaj=托卡伊,Eger=埃格尔,Szeged=塞格德,Debrecen=德布勒森,Kalocsa=卡洛乔|Kft.=有限责任公司;Zrt.=股份有限公司;Manufaktura=工坊
    Hand-painted Porcelain Vase|匈牙利手绘瓷花瓶|Porcelain & ceramics|craft
    Porcelain Tea Set|匈牙利瓷茶具|Porcelain & ceramics|craft
    Pécs Eosin Porcelain Figurine|佩奇虹彩瓷摆件|Porcelain & ceramics|craft
    Tokaji Aszú Sweet Wine|托卡伊贵腐甜酒|Wine & spirits|wine
    Kalocsa Paprika Powder|卡洛乔红椒粉|Spices|spice
    Winter Salami|匈牙利冬季萨拉米|Food|food
    Pálinka Fruit Brandy|匈牙利水果白兰地|Wine & spirits|spirits
    @PH|S1|6|P|Manila=马尼拉,Palawan=巴拉望,Cebu=宿务,Davao=达沃,Iloilo=伊洛伊洛,Bohol=保和|Pearl Co.=珍珠公司;Inc.=股份有限公司;Trading Corp.=贸易公司
    Nanyang Gold Pearl Necklace|南洋金珠项链|Jewellery & gems|gem
    Nanyang Gold Pearl Earrings|南洋金珠耳环|Jewellery & gems|gem
    Loose Golden South Sea Pearls|南洋金珠裸珠|Jewellery & gems|gem
    Dried Mango|菲律宾芒果干|Nuts & dried fruit|food
    Virgin Coconut Oil|初榨椰子油|Food|food
    @GE|N1|5|P|Kakheti=卡赫季,Tbilisi=第比利斯,Kutaisi=库塔伊西,Telavi=泰拉维,Batumi=巴统,Mtskheta=姆茨赫塔|LLC=有限责任公司;Ltd=有限公司;Marani=酒庄
    Saperavi Red Wine|格鲁吉亚萨别拉维红酒|Wine & spirits|wine
    Qvevri Amber Wine|格鲁吉亚陶罐琥珀酒|Wine & spirits|wine
    Churchkhela Walnut Sweets|格鲁吉亚核桃葡萄糖|Food|food
    Chacha Grape Brandy|格鲁吉亚恰恰白兰地|Wine & spirits|spirits
    @TH|S1|7|P|Bangkok=曼谷,Chiang Mai=清迈,Chanthaburi=尖竹汶,Khon Kaen=孔敬,Phuket=普吉,Ayutthaya=大城|Co., Ltd.=有限公司;Thai Co., Ltd.=（泰国）有限公司;Group=集团
    Hom Mali Jasmine Rice|泰国茉莉香米|Food|food
    Natural Latex Pillow|泰国天然乳胶枕|Home decor|textile
    Monthong Durian|泰国金枕榴莲|Fresh produce|fresh
    Coconut Chips|泰国椰子片|Nuts & dried fruit|food
    Thai Silk Scarf|泰丝围巾|Fashion|fashion
    @VN|S1|6|-|Saigon=西贡,Hanoi=河内,Da Nang=岘港,Hue=顺化,Dak Lak=多乐,Can Tho=芹苴|Co., Ltd.=有限公司;JSC=股份公司;Import-Export=进出口公司
    Robusta Coffee|越南罗布斯塔咖啡|Coffee|coffee
    Cashew Nuts|越南腰果|Nuts & dried fruit|food
    Dragon Fruit|越南火龙果|Fresh produce|fresh
    Rattan Storage Basket|越南藤编收纳篮|Handicrafts|craft
    @LA|S1|4|-|Vientiane=万象,Luang Prabang=琅勃拉邦,Pakse=巴色,Bolaven=波罗芬|Sole Co., Ltd.=独资有限公司;Trading=贸易公司
    Bolaven Plateau Coffee|老挝波罗芬高原咖啡|Coffee|coffee
    Lao Silk Scarf|老挝手织丝巾|Fashion|fashion
    Rosewood Carving|老挝红木雕|Handicrafts|craft
    @MY|S1|5|-|Penang=槟城,Kuala Lumpur=吉隆坡,Ipoh=怡保,Sarawak=砂拉越,Malacca=马六甲|Sdn Bhd=私人有限公司;Berhad=有限公司
    Edible Bird's Nest|马来西亚燕窝|Food|food
    Musang King Durian|猫山王榴莲|Fresh produce|fresh
    Ipoh White Coffee|怡保白咖啡|Coffee|coffee
    Pewter Tankard|马来西亚锡器酒杯|Handicrafts|craft
    @ID|S1|4|-|Java=爪哇,Bali=巴厘,Sumatra=苏门答腊,Sulawesi=苏拉威西,Bandung=万隆|PT=有限公司;CV=两合公司
    Sumatra Mandheling Coffee|苏门答腊曼特宁咖啡|Coffee|coffee
    Batik Sarong|印尼蜡染纱笼|Fashion|fashion
    Coconut Palm Sugar|椰糖|Food|food
    @LK|S1|4|-|Colombo=科伦坡,Kandy=康提,Nuwara Eliya=努沃勒埃利耶,Galle=加勒,Ratnapura=拉特纳普勒|Pvt Ltd=私人有限公司;Exports=出口公司
    Ceylon Black Tea|锡兰红茶|Tea|tea
    Ceylon Blue Sapphire|锡兰蓝宝石|Jewellery & gems|gem
    Cinnamon Quills|锡兰肉桂|Spices|spice
    @TR|N2|5|-|Istanbul=伊斯坦布尔,Izmir=伊兹密尔,Bursa=布尔萨,Konya=科尼亚,Kayseri=开塞利,Antalya=安塔利亚|A.S.=股份公司;Ltd. Sti.=有限公司
    Turkish Delight|土耳其软糖|Food|food
    Hand-woven Kilim|土耳其手织基里姆地毯|Handicrafts|rug
    Iznik Ceramic Plate|伊兹尼克陶瓷盘|Porcelain & ceramics|craft
    @KZ|N2|4|-|Almaty=阿拉木图,Astana=阿斯塔纳,Shymkent=奇姆肯特,Semey=塞米伊|LLP=有限责任公司;JSC=股份公司
    Mountain Honey|哈萨克斯坦山花蜂蜜|Food|food
    Wheat Flour|哈萨克斯坦小麦粉|Food|food
    Camel Milk Chocolate|驼奶巧克力|Food|food
    @BY|N1|4|-|Minsk=明斯克,Brest=布列斯特,Vitebsk=维捷布斯克,Gomel=戈梅利|OJSC=开放式股份公司;LLC=有限责任公司
    Belarusian Butter|白俄罗斯黄油|Food|food
    Linen Tablecloth|白俄罗斯亚麻桌布|Textiles|textile
    Condensed Milk|白俄罗斯炼乳|Food|food
    @EG|N2|3|-|Cairo=开罗,Alexandria=亚历山大,Luxor=卢克索,Giza=吉萨|Co.=公司;Trading=贸易公司
    Egyptian Cotton Towel|埃及长绒棉毛巾|Textiles|textile
    Papyrus Painting|埃及纸莎草画|Handicrafts|craft
    Hibiscus Tea|洛神花茶|Tea|tea
    @IT|N1|5|-|Tuscany=托斯卡纳,Piedmont=皮埃蒙特,Veneto=威尼托,Puglia=普利亚,Sicily=西西里,Emilia=艾米利亚|S.r.l.=有限责任公司;S.p.A.=股份有限公司
    Chianti Classico Red Wine|基安蒂经典红葡萄酒|Wine & spirits|wine
    Extra Virgin Olive Oil|意大利特级初榨橄榄油|Food|food
    Parmigiano Reggiano|帕玛森干酪|Food|food
    @FR|N1|5|-|Bordeaux=波尔多,Burgundy=勃艮第,Provence=普罗旺斯,Lyon=里昂,Cognac=干邑,Alsace=阿尔萨斯|SAS=简化股份公司;SARL=有限责任公司
    Bordeaux Red Wine|波尔多红葡萄酒|Wine & spirits|wine
    Champagne Brut|香槟|Wine & spirits|wine
    Lavender Hand Cream|普罗旺斯薰衣草护手霜|Cosmetics|cosmetic
    @ES|N1|3|-|Rioja=里奥哈,Andalusia=安达卢西亚,Valencia=巴伦西亚,Catalonia=加泰罗尼亚|S.L.=有限责任公司;S.A.=股份有限公司
    Rioja Crianza Red Wine|里奥哈陈酿红葡萄酒|Wine & spirits|wine
    Iberian Ham|西班牙伊比利亚火腿|Food|food
    @CL|N3|5|-|Maipo=迈坡,Colchagua=空加瓜,Casablanca=卡萨布兰卡,Santiago=圣地亚哥,Curico=库里科|S.A.=股份有限公司;Ltda.=有限责任公司
    Cabernet Sauvignon|智利赤霞珠红葡萄酒|Wine & spirits|wine
    Carmenere Red Wine|智利佳美娜红葡萄酒|Wine & spirits|wine
    Fresh Cherries|智利车厘子|Fresh produce|fresh
    @AR|N3|3|-|Mendoza=门多萨,Salta=萨尔塔,Cordoba=科尔多瓦,Patagonia=巴塔哥尼亚|S.A.=股份有限公司;S.R.L.=有限责任公司
    Malbec Red Wine|阿根廷马尔贝克红葡萄酒|Wine & spirits|wine
    Argentine Red Shrimp|阿根廷红虾|Food|food
    @AU|N3|5|-|Barossa=巴罗萨,Margaret River=玛格丽特河,Hunter Valley=猎人谷,Tasmania=塔斯马尼亚,Yarra=雅拉|Pty Ltd=有限公司
    Shiraz Red Wine|澳大利亚设拉子红葡萄酒|Wine & spirits|wine
    Wagyu Beef|澳洲和牛|Food|food
    Lanolin Cream|绵羊油面霜|Cosmetics|cosmetic
    @NZ|N3|4|-|Marlborough=马尔堡,Waikato=怀卡托,Canterbury=坎特伯雷,Otago=奥塔哥,Hawke's Bay=霍克斯湾|Ltd=有限公司
    Manuka Honey|麦卢卡蜂蜜|Food|food
    Sauvignon Blanc|新西兰长相思白葡萄酒|Wine & spirits|wine
    Kiwifruit|新西兰奇异果|Fresh produce|fresh
    @KR|S1|3|-|Seoul=首尔,Busan=釜山,Jeju=济州,Incheon=仁川|Co., Ltd.=株式会社;Corp.=公司
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
