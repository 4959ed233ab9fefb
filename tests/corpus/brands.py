"""The brands the corpus writes about: real ones with numbers we are sure of, and invented ones."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Brand:
    """One brand as the corpus needs it: the JSON fields plus the spellings scammers use."""

    name: str
    lang: str
    sector: str
    aliases: tuple[str, ...]
    official: tuple[tuple[str, str], ...] = ()       # (as printed, normalised)
    domains: tuple[str, ...] = ()
    slug: str = ""                                   # token scammers put in lookalike domains
    homophones: tuple[str, ...] = ()                 # invented near-sound / near-shape spellings
    fictional: bool = False
    why_official: str = ""
    extra: dict = field(default_factory=dict)

    @property
    def official_numbers(self) -> list[str]:
        return [norm for _, norm in self.official]


ZH = (
    Brand("还呗", "zh", "loan", ("还呗", "还呗APP"), (("400-681-6666", "4006816666"),), (),
          "huanbei", ("还贝", "环呗", "还倍"), why_official="还呗's one published hotline"),
    Brand("快鹿贷", "zh", "loan", ("快鹿贷", "快鹿"), (("400-830-2468", "4008302468"),), ("kuailudai.test",),
          "kuailudai", ("快路贷", "快鹿代", "块鹿贷"), True, "fictional brand, number from the demo brand book"),
    Brand("云朵花", "zh", "loan", ("云朵花", "云朵花借款"), (("400-817-0520", "4008170520"),), ("yunduohua.test",),
          "yunduohua", ("芸朵花", "云躲花", "云朵华"), True, "fictional brand"),
    Brand("闪借宝", "zh", "loan", ("闪借宝",), (), ("shanjiebao.test",),
          "shanjiebao", ("闪接宝", "善借宝", "闪借保"), True),
    Brand("支付宝", "zh", "pay", ("支付宝", "Alipay", "蚂蚁借呗", "花呗"), (("95188", "95188"),), ("alipay.com",),
          "alipay", ("支付堡", "知付宝", "支附宝"), why_official="Alipay's well-known 95188 hotline"),
    Brand("微信支付", "zh", "pay", ("微信支付", "微信", "财付通", "WeChat Pay"), (("95017", "95017"),),
          ("pay.weixin.qq.com", "weixin.qq.com"), "weixin", ("徽信支付", "威信支付", "微鑫支付"),
          why_official="WeChat Pay's published 95017 line"),
    Brand("京东", "zh", "shop", ("京东", "京东商城", "京东金融", "JD"), (("950618", "950618"),), ("jd.com",),
          "jingdong", ("晶东", "京冬", "景东"), why_official="JD's published 950618 service line"),
    Brand("美团", "zh", "shop", ("美团", "美团外卖", "美团月付"), (), ("meituan.com",),
          "meituan", ("美囤", "镁团", "美湍")),
    Brand("海尔", "zh", "appliance", ("海尔", "Haier", "海尔智家"), (("400-699-9999", "4006999999"),),
          ("haier.com",), "haier", ("嗨尔", "海洱", "孩尔"), why_official="Haier's national service line 400-699-9999"),
    Brand("格力", "zh", "appliance", ("格力", "GREE", "格力空调"), (("400-8365-315", "4008365315"),), ("gree.com",),
          "geli", ("格丽", "隔力", "格利"), why_official="Gree's national service line 400-8365-315"),
    Brand("暖居电器", "zh", "appliance", ("暖居电器", "暖居", "暖居热水器"), (("400-662-7315", "4006627315"),),
          ("nuanju.test",), "nuanju", ("暖驹电器", "暖局电器", "煖居电器"), True, "fictional brand"),
    Brand("星河航空", "zh", "air", ("星河航空", "星河航"), (("95079", "95079"),), ("xinghe-air.test",),
          "xinghe", ("星禾航空", "星河航空公司", "猩河航空"), True, "fictional airline with a fictional 95 short code"),
    Brand("携程", "zh", "air", ("携程", "携程旅行", "Trip.com", "Ctrip"), (("95010", "95010"),),
          ("ctrip.com", "trip.com"), "xiecheng", ("协程", "携城", "携呈"), why_official="Ctrip's 95010 hotline"),
    Brand("青橙视频", "zh", "video", ("青橙视频", "青橙VIP"), (("1010-5287", "10105287"),), ("qingcheng.test",),
          "qingcheng", ("清橙视频", "青澄视频", "晴橙视频"), True, "fictional brand with a fictional 1010 code"),
    Brand("抖音", "zh", "video", ("抖音", "抖音月付", "Douyin"), (), ("douyin.com",),
          "douyin", ("斗音", "抖因", "陡音")),
    Brand("鲸鱼快递", "zh", "courier", ("鲸鱼快递", "鲸鱼速运"), (("400-889-6213", "4008896213"),),
          ("jingyu-express.test",), "jingyu", ("精鱼快递", "鲸渔快递", "京鱼快递"), True, "fictional courier"),
    Brand("招商银行", "zh", "bank", ("招商银行", "招行", "CMB"), (("95555", "95555"),), ("cmbchina.com",),
          "zhaohang", ("招尚银行", "昭商银行", "招商很行"), why_official="China Merchants Bank's 95555"),
    Brand("中国移动", "zh", "telecom", ("中国移动", "移动", "China Mobile"), (("10086", "10086"),), ("10086.cn",),
          "yidong", ("中国移栋", "中囯移动", "中国移勤"), why_official="China Mobile's 10086"),
)

EN = (
    Brand("PayPal", "en", "pay", ("PayPal",), (("1-888-221-1161", "+18882211161"),), ("paypal.com",),
          "paypal", why_official="PayPal's long-published US customer service line"),
    Brand("Amazon", "en", "shop", ("Amazon", "Amazon Prime"), (("1-888-280-4331", "+18882804331"),), ("amazon.com",),
          "amazon", why_official="Amazon's long-published US customer service line"),
    Brand("Delta Air Lines", "en", "air", ("Delta", "Delta Air Lines", "SkyMiles"), (("1-800-221-1212", "+18002211212"),),
          ("delta.com",), "delta", why_official="Delta reservations 1-800-221-1212"),
    Brand("American Airlines", "en", "air", ("American Airlines", "AAdvantage"), (("1-800-433-7300", "+18004337300"),),
          ("aa.com",), "americanair", why_official="American Airlines reservations 1-800-433-7300"),
    Brand("Apple", "en", "security", ("Apple", "Apple Support", "iCloud"), (("1-800-275-2273", "+18002752273"),),
          ("apple.com",), "apple", why_official="1-800-MY-APPLE"),
    Brand("Microsoft", "en", "security", ("Microsoft", "Windows", "Outlook"), (("1-800-642-7676", "+18006427676"),),
          ("microsoft.com",), "microsoft", why_official="Microsoft's published US support line"),
    Brand("Chase", "en", "bank", ("Chase", "JPMorgan Chase"), (("1-800-935-9935", "+18009359935"),), ("chase.com",),
          "chase", why_official="Chase customer service 1-800-935-9935"),
    Brand("Cash App", "en", "pay", ("Cash App", "CashApp"), (("1 (800) 969-1940", "+18009691940"),), ("cash.app",),
          "cashapp", why_official="Cash App's only support number per its help centre"),
    Brand("Coinbase", "en", "crypto", ("Coinbase", "Coinbase Wallet"), (), ("coinbase.com",), "coinbase"),
    Brand("Norton", "en", "security", ("Norton", "Norton 360"), (), ("norton.com",), "norton"),
    Brand("Netflix", "en", "video", ("Netflix",), (), ("netflix.com",), "netflix"),
    Brand("Lumora Pay", "en", "pay", ("Lumora Pay", "LumoraPay", "Lumora"), (("+1 888-555-0142", "+18885550142"),),
          ("lumorapay.test",), "lumorapay", fictional=True, why_official="fictional brand from the demo brand book"),
    Brand("Brightwave Airlines", "en", "air", ("Brightwave", "Brightwave Airlines", "Brightwave Miles"),
          (("1-844-555-0163", "+18445550163"),), ("brightwave-air.test",), "brightwave", fictional=True,
          why_official="fictional airline"),
    Brand("NorthPeak Bank", "en", "bank", ("NorthPeak", "NorthPeak Bank"), (("+44 20 7946 0018", "+442079460018"),),
          ("northpeakbank.test",), "northpeak", fictional=True, why_official="fictional UK bank"),
    Brand("Vantora Security", "en", "security", ("Vantora", "Vantora Security", "Vantora Total"), (),
          ("vantora.test",), "vantora", fictional=True),
    Brand("Parcelio", "en", "courier", ("Parcelio", "Parcelio Express"), (("1-866-555-0119", "+18665550119"),),
          ("parcelio.test",), "parcelio", fictional=True, why_official="fictional courier"),
    Brand("Cobalt Wallet", "en", "crypto", ("Cobalt Wallet", "Cobalt"), (), ("cobaltwallet.test",), "cobalt",
          fictional=True),
    Brand("StreamNest", "en", "video", ("StreamNest", "StreamNest Plus"), (("1-877-555-0171", "+18775550171"),),
          ("streamnest.test",), "streamnest", fictional=True, why_official="fictional streaming service"),
    Brand("Kestrel Broadband", "en", "telecom", ("Kestrel", "Kestrel Broadband"), (("020 7946 0957", "02079460957"),),
          ("kestrel-broadband.test",), "kestrel", fictional=True, why_official="fictional UK broadband provider"),
)

ALL = ZH + EN


def by_name(name: str) -> Brand:
    return next(brand for brand in ALL if brand.name == name)
