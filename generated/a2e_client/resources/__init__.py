"""Every section of A2E's API as a resource of `a2e.Client` and `a2e.AsyncClient`.

Sections load on first use, so building a client imports none of them.
Do not edit: `make generate` writes this file from openapi/a2e.yaml.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from a2e.resources import section

if TYPE_CHECKING:
    from .miscellaneous import AsyncMiscellaneousResource, MiscellaneousResource
    from .credits import AsyncCreditsResource, CreditsResource
    from .generate_avatar_videos import (
        AsyncGenerateAvatarVideosResource,
        GenerateAvatarVideosResource,
    )
    from .tts_and_voice_clone import (
        AsyncTtsAndVoiceCloneResource,
        TtsAndVoiceCloneResource,
    )
    from .create_avatars import AsyncCreateAvatarsResource, CreateAvatarsResource
    from .background_matting import (
        AsyncBackgroundMattingResource,
        BackgroundMattingResource,
    )
    from .video_twin import AsyncVideoTwinResource, VideoTwinResource
    from .streaming_avatar import AsyncStreamingAvatarResource, StreamingAvatarResource
    from .face_swap import AsyncFaceSwapResource, FaceSwapResource
    from .ai_dubbing import AsyncAiDubbingResource, AiDubbingResource
    from .caption_removal import AsyncCaptionRemovalResource, CaptionRemovalResource
    from .upscale import AsyncUpscaleResource, UpscaleResource
    from .text_to_image import AsyncTextToImageResource, TextToImageResource
    from .nano_banana import AsyncNanoBananaResource, NanoBananaResource
    from .photobook import AsyncPhotobookResource, PhotobookResource
    from .gpt_image import AsyncGptImageResource, GptImageResource
    from .wan_2_6_image import AsyncWan26ImageResource, Wan26ImageResource
    from .wan_2_7_image import AsyncWan27ImageResource, Wan27ImageResource
    from .qwen_image import AsyncQwenImageResource, QwenImageResource
    from .flux_2 import AsyncFlux2Resource, Flux2Resource
    from .kling_image import AsyncKlingImageResource, KlingImageResource
    from .image_edit import AsyncImageEditResource, ImageEditResource
    from .image_to_video import AsyncImageToVideoResource, ImageToVideoResource
    from .wan_image_to_video import (
        AsyncWanImageToVideoResource,
        WanImageToVideoResource,
    )
    from .wan_2_6_r2v_flash import AsyncWan26R2vFlashResource, Wan26R2vFlashResource
    from .happy_horse_video import AsyncHappyHorseVideoResource, HappyHorseVideoResource
    from .talking_photo import AsyncTalkingPhotoResource, TalkingPhotoResource
    from .talking_video import AsyncTalkingVideoResource, TalkingVideoResource
    from .virtual_try_on import AsyncVirtualTryOnResource, VirtualTryOnResource
    from .think_sound import AsyncThinkSoundResource, ThinkSoundResource
    from .motion_transfer import AsyncMotionTransferResource, MotionTransferResource
    from .actor_swap import AsyncActorSwapResource, ActorSwapResource
    from .product_avatar import AsyncProductAvatarResource, ProductAvatarResource
    from .head_swap import AsyncHeadSwapResource, HeadSwapResource
    from .veo_video import AsyncVeoVideoResource, VeoVideoResource
    from .kling_video import AsyncKlingVideoResource, KlingVideoResource
    from .kling_omni import AsyncKlingOmniResource, KlingOmniResource
    from .grok_video import AsyncGrokVideoResource, GrokVideoResource
    from .hailuo_video_generation import (
        AsyncHailuoVideoGenerationResource,
        HailuoVideoGenerationResource,
    )
    from .mini_max_h3_video_generation import (
        AsyncMiniMaxH3VideoGenerationResource,
        MiniMaxH3VideoGenerationResource,
    )
    from .sora_2_pro_video import AsyncSora2ProVideoResource, Sora2ProVideoResource
    from .seedance_1_5_pro import AsyncSeedance15ProResource, Seedance15ProResource
    from .seedance_2_x import AsyncSeedance2XResource, Seedance2XResource

SECTIONS = {
    "miscellaneous": "Miscellaneous",
    "credits": "Credits",
    "generate_avatar_videos": "Generate Avatar Videos",
    "tts_and_voice_clone": "TTS and Voice Clone",
    "create_avatars": "Create Avatars",
    "background_matting": "Background Matting",
    "video_twin": "Video Twin",
    "streaming_avatar": "Streaming Avatar",
    "face_swap": "Face Swap",
    "ai_dubbing": "AI Dubbing",
    "caption_removal": "Caption Removal",
    "upscale": "Upscale",
    "text_to_image": "Text to Image",
    "nano_banana": "Nano Banana",
    "photobook": "Photobook",
    "gpt_image": "GPT Image",
    "wan_2_6_image": "Wan2.6 Image",
    "wan_2_7_image": "Wan2.7 Image",
    "qwen_image": "Qwen Image",
    "flux_2": "Flux 2",
    "kling_image": "Kling Image",
    "image_edit": "Image Edit",
    "image_to_video": "Image to Video",
    "wan_image_to_video": "Wan Image to Video",
    "wan_2_6_r2v_flash": "Wan 2.6 R2V Flash",
    "happy_horse_video": "HappyHorse Video",
    "talking_photo": "Talking Photo",
    "talking_video": "Talking Video",
    "virtual_try_on": "Virtual Try-On",
    "think_sound": "ThinkSound",
    "motion_transfer": "Motion Transfer",
    "actor_swap": "Actor Swap",
    "product_avatar": "Product Avatar",
    "head_swap": "Head Swap",
    "veo_video": "Veo Video",
    "kling_video": "Kling Video",
    "kling_omni": "Kling Omni",
    "grok_video": "Grok Video",
    "hailuo_video_generation": "Hailuo Video Generation",
    "mini_max_h3_video_generation": "MiniMax H3 Video Generation",
    "sora_2_pro_video": "Sora 2 Pro Video",
    "seedance_1_5_pro": "Seedance 1.5 Pro",
    "seedance_2_x": "Seedance 2.x",
}


class SyncResources:
    """The sections, on `a2e.Client`."""

    @property
    def miscellaneous(self) -> MiscellaneousResource:
        """Miscellaneous."""
        return cast(
            "MiscellaneousResource",
            section(self, "miscellaneous", "MiscellaneousResource"),
        )

    @property
    def credits(self) -> CreditsResource:
        """Credits."""
        return cast("CreditsResource", section(self, "credits", "CreditsResource"))

    @property
    def generate_avatar_videos(self) -> GenerateAvatarVideosResource:
        """Generate Avatar Videos."""
        return cast(
            "GenerateAvatarVideosResource",
            section(self, "generate_avatar_videos", "GenerateAvatarVideosResource"),
        )

    @property
    def tts_and_voice_clone(self) -> TtsAndVoiceCloneResource:
        """TTS and Voice Clone."""
        return cast(
            "TtsAndVoiceCloneResource",
            section(self, "tts_and_voice_clone", "TtsAndVoiceCloneResource"),
        )

    @property
    def create_avatars(self) -> CreateAvatarsResource:
        """Create Avatars."""
        return cast(
            "CreateAvatarsResource",
            section(self, "create_avatars", "CreateAvatarsResource"),
        )

    @property
    def background_matting(self) -> BackgroundMattingResource:
        """Background Matting."""
        return cast(
            "BackgroundMattingResource",
            section(self, "background_matting", "BackgroundMattingResource"),
        )

    @property
    def video_twin(self) -> VideoTwinResource:
        """Video Twin."""
        return cast(
            "VideoTwinResource", section(self, "video_twin", "VideoTwinResource")
        )

    @property
    def streaming_avatar(self) -> StreamingAvatarResource:
        """Streaming Avatar."""
        return cast(
            "StreamingAvatarResource",
            section(self, "streaming_avatar", "StreamingAvatarResource"),
        )

    @property
    def face_swap(self) -> FaceSwapResource:
        """Face Swap."""
        return cast("FaceSwapResource", section(self, "face_swap", "FaceSwapResource"))

    @property
    def ai_dubbing(self) -> AiDubbingResource:
        """AI Dubbing."""
        return cast(
            "AiDubbingResource", section(self, "ai_dubbing", "AiDubbingResource")
        )

    @property
    def caption_removal(self) -> CaptionRemovalResource:
        """Caption Removal."""
        return cast(
            "CaptionRemovalResource",
            section(self, "caption_removal", "CaptionRemovalResource"),
        )

    @property
    def upscale(self) -> UpscaleResource:
        """Upscale."""
        return cast("UpscaleResource", section(self, "upscale", "UpscaleResource"))

    @property
    def text_to_image(self) -> TextToImageResource:
        """Text to Image."""
        return cast(
            "TextToImageResource", section(self, "text_to_image", "TextToImageResource")
        )

    @property
    def nano_banana(self) -> NanoBananaResource:
        """Nano Banana."""
        return cast(
            "NanoBananaResource", section(self, "nano_banana", "NanoBananaResource")
        )

    @property
    def photobook(self) -> PhotobookResource:
        """Photobook."""
        return cast(
            "PhotobookResource", section(self, "photobook", "PhotobookResource")
        )

    @property
    def gpt_image(self) -> GptImageResource:
        """GPT Image."""
        return cast("GptImageResource", section(self, "gpt_image", "GptImageResource"))

    @property
    def wan_2_6_image(self) -> Wan26ImageResource:
        """Wan2.6 Image."""
        return cast(
            "Wan26ImageResource", section(self, "wan_2_6_image", "Wan26ImageResource")
        )

    @property
    def wan_2_7_image(self) -> Wan27ImageResource:
        """Wan2.7 Image."""
        return cast(
            "Wan27ImageResource", section(self, "wan_2_7_image", "Wan27ImageResource")
        )

    @property
    def qwen_image(self) -> QwenImageResource:
        """Qwen Image."""
        return cast(
            "QwenImageResource", section(self, "qwen_image", "QwenImageResource")
        )

    @property
    def flux_2(self) -> Flux2Resource:
        """Flux 2."""
        return cast("Flux2Resource", section(self, "flux_2", "Flux2Resource"))

    @property
    def kling_image(self) -> KlingImageResource:
        """Kling Image."""
        return cast(
            "KlingImageResource", section(self, "kling_image", "KlingImageResource")
        )

    @property
    def image_edit(self) -> ImageEditResource:
        """Image Edit."""
        return cast(
            "ImageEditResource", section(self, "image_edit", "ImageEditResource")
        )

    @property
    def image_to_video(self) -> ImageToVideoResource:
        """Image to Video."""
        return cast(
            "ImageToVideoResource",
            section(self, "image_to_video", "ImageToVideoResource"),
        )

    @property
    def wan_image_to_video(self) -> WanImageToVideoResource:
        """Wan Image to Video."""
        return cast(
            "WanImageToVideoResource",
            section(self, "wan_image_to_video", "WanImageToVideoResource"),
        )

    @property
    def wan_2_6_r2v_flash(self) -> Wan26R2vFlashResource:
        """Wan 2.6 R2V Flash."""
        return cast(
            "Wan26R2vFlashResource",
            section(self, "wan_2_6_r2v_flash", "Wan26R2vFlashResource"),
        )

    @property
    def happy_horse_video(self) -> HappyHorseVideoResource:
        """HappyHorse Video."""
        return cast(
            "HappyHorseVideoResource",
            section(self, "happy_horse_video", "HappyHorseVideoResource"),
        )

    @property
    def talking_photo(self) -> TalkingPhotoResource:
        """Talking Photo."""
        return cast(
            "TalkingPhotoResource",
            section(self, "talking_photo", "TalkingPhotoResource"),
        )

    @property
    def talking_video(self) -> TalkingVideoResource:
        """Talking Video."""
        return cast(
            "TalkingVideoResource",
            section(self, "talking_video", "TalkingVideoResource"),
        )

    @property
    def virtual_try_on(self) -> VirtualTryOnResource:
        """Virtual Try-On."""
        return cast(
            "VirtualTryOnResource",
            section(self, "virtual_try_on", "VirtualTryOnResource"),
        )

    @property
    def think_sound(self) -> ThinkSoundResource:
        """ThinkSound."""
        return cast(
            "ThinkSoundResource", section(self, "think_sound", "ThinkSoundResource")
        )

    @property
    def motion_transfer(self) -> MotionTransferResource:
        """Motion Transfer."""
        return cast(
            "MotionTransferResource",
            section(self, "motion_transfer", "MotionTransferResource"),
        )

    @property
    def actor_swap(self) -> ActorSwapResource:
        """Actor Swap."""
        return cast(
            "ActorSwapResource", section(self, "actor_swap", "ActorSwapResource")
        )

    @property
    def product_avatar(self) -> ProductAvatarResource:
        """Product Avatar."""
        return cast(
            "ProductAvatarResource",
            section(self, "product_avatar", "ProductAvatarResource"),
        )

    @property
    def head_swap(self) -> HeadSwapResource:
        """Head Swap."""
        return cast("HeadSwapResource", section(self, "head_swap", "HeadSwapResource"))

    @property
    def veo_video(self) -> VeoVideoResource:
        """Veo Video."""
        return cast("VeoVideoResource", section(self, "veo_video", "VeoVideoResource"))

    @property
    def kling_video(self) -> KlingVideoResource:
        """Kling Video."""
        return cast(
            "KlingVideoResource", section(self, "kling_video", "KlingVideoResource")
        )

    @property
    def kling_omni(self) -> KlingOmniResource:
        """Kling Omni."""
        return cast(
            "KlingOmniResource", section(self, "kling_omni", "KlingOmniResource")
        )

    @property
    def grok_video(self) -> GrokVideoResource:
        """Grok Video."""
        return cast(
            "GrokVideoResource", section(self, "grok_video", "GrokVideoResource")
        )

    @property
    def hailuo_video_generation(self) -> HailuoVideoGenerationResource:
        """Hailuo Video Generation."""
        return cast(
            "HailuoVideoGenerationResource",
            section(self, "hailuo_video_generation", "HailuoVideoGenerationResource"),
        )

    @property
    def mini_max_h3_video_generation(self) -> MiniMaxH3VideoGenerationResource:
        """MiniMax H3 Video Generation."""
        return cast(
            "MiniMaxH3VideoGenerationResource",
            section(
                self, "mini_max_h3_video_generation", "MiniMaxH3VideoGenerationResource"
            ),
        )

    @property
    def sora_2_pro_video(self) -> Sora2ProVideoResource:
        """Sora 2 Pro Video."""
        return cast(
            "Sora2ProVideoResource",
            section(self, "sora_2_pro_video", "Sora2ProVideoResource"),
        )

    @property
    def seedance_1_5_pro(self) -> Seedance15ProResource:
        """Seedance 1.5 Pro."""
        return cast(
            "Seedance15ProResource",
            section(self, "seedance_1_5_pro", "Seedance15ProResource"),
        )

    @property
    def seedance_2_x(self) -> Seedance2XResource:
        """Seedance 2.x."""
        return cast(
            "Seedance2XResource", section(self, "seedance_2_x", "Seedance2XResource")
        )


class AsyncResources:
    """The sections, on `a2e.AsyncClient`."""

    @property
    def miscellaneous(self) -> AsyncMiscellaneousResource:
        """Miscellaneous."""
        return cast(
            "AsyncMiscellaneousResource",
            section(self, "miscellaneous", "AsyncMiscellaneousResource"),
        )

    @property
    def credits(self) -> AsyncCreditsResource:
        """Credits."""
        return cast(
            "AsyncCreditsResource", section(self, "credits", "AsyncCreditsResource")
        )

    @property
    def generate_avatar_videos(self) -> AsyncGenerateAvatarVideosResource:
        """Generate Avatar Videos."""
        return cast(
            "AsyncGenerateAvatarVideosResource",
            section(
                self, "generate_avatar_videos", "AsyncGenerateAvatarVideosResource"
            ),
        )

    @property
    def tts_and_voice_clone(self) -> AsyncTtsAndVoiceCloneResource:
        """TTS and Voice Clone."""
        return cast(
            "AsyncTtsAndVoiceCloneResource",
            section(self, "tts_and_voice_clone", "AsyncTtsAndVoiceCloneResource"),
        )

    @property
    def create_avatars(self) -> AsyncCreateAvatarsResource:
        """Create Avatars."""
        return cast(
            "AsyncCreateAvatarsResource",
            section(self, "create_avatars", "AsyncCreateAvatarsResource"),
        )

    @property
    def background_matting(self) -> AsyncBackgroundMattingResource:
        """Background Matting."""
        return cast(
            "AsyncBackgroundMattingResource",
            section(self, "background_matting", "AsyncBackgroundMattingResource"),
        )

    @property
    def video_twin(self) -> AsyncVideoTwinResource:
        """Video Twin."""
        return cast(
            "AsyncVideoTwinResource",
            section(self, "video_twin", "AsyncVideoTwinResource"),
        )

    @property
    def streaming_avatar(self) -> AsyncStreamingAvatarResource:
        """Streaming Avatar."""
        return cast(
            "AsyncStreamingAvatarResource",
            section(self, "streaming_avatar", "AsyncStreamingAvatarResource"),
        )

    @property
    def face_swap(self) -> AsyncFaceSwapResource:
        """Face Swap."""
        return cast(
            "AsyncFaceSwapResource", section(self, "face_swap", "AsyncFaceSwapResource")
        )

    @property
    def ai_dubbing(self) -> AsyncAiDubbingResource:
        """AI Dubbing."""
        return cast(
            "AsyncAiDubbingResource",
            section(self, "ai_dubbing", "AsyncAiDubbingResource"),
        )

    @property
    def caption_removal(self) -> AsyncCaptionRemovalResource:
        """Caption Removal."""
        return cast(
            "AsyncCaptionRemovalResource",
            section(self, "caption_removal", "AsyncCaptionRemovalResource"),
        )

    @property
    def upscale(self) -> AsyncUpscaleResource:
        """Upscale."""
        return cast(
            "AsyncUpscaleResource", section(self, "upscale", "AsyncUpscaleResource")
        )

    @property
    def text_to_image(self) -> AsyncTextToImageResource:
        """Text to Image."""
        return cast(
            "AsyncTextToImageResource",
            section(self, "text_to_image", "AsyncTextToImageResource"),
        )

    @property
    def nano_banana(self) -> AsyncNanoBananaResource:
        """Nano Banana."""
        return cast(
            "AsyncNanoBananaResource",
            section(self, "nano_banana", "AsyncNanoBananaResource"),
        )

    @property
    def photobook(self) -> AsyncPhotobookResource:
        """Photobook."""
        return cast(
            "AsyncPhotobookResource",
            section(self, "photobook", "AsyncPhotobookResource"),
        )

    @property
    def gpt_image(self) -> AsyncGptImageResource:
        """GPT Image."""
        return cast(
            "AsyncGptImageResource", section(self, "gpt_image", "AsyncGptImageResource")
        )

    @property
    def wan_2_6_image(self) -> AsyncWan26ImageResource:
        """Wan2.6 Image."""
        return cast(
            "AsyncWan26ImageResource",
            section(self, "wan_2_6_image", "AsyncWan26ImageResource"),
        )

    @property
    def wan_2_7_image(self) -> AsyncWan27ImageResource:
        """Wan2.7 Image."""
        return cast(
            "AsyncWan27ImageResource",
            section(self, "wan_2_7_image", "AsyncWan27ImageResource"),
        )

    @property
    def qwen_image(self) -> AsyncQwenImageResource:
        """Qwen Image."""
        return cast(
            "AsyncQwenImageResource",
            section(self, "qwen_image", "AsyncQwenImageResource"),
        )

    @property
    def flux_2(self) -> AsyncFlux2Resource:
        """Flux 2."""
        return cast("AsyncFlux2Resource", section(self, "flux_2", "AsyncFlux2Resource"))

    @property
    def kling_image(self) -> AsyncKlingImageResource:
        """Kling Image."""
        return cast(
            "AsyncKlingImageResource",
            section(self, "kling_image", "AsyncKlingImageResource"),
        )

    @property
    def image_edit(self) -> AsyncImageEditResource:
        """Image Edit."""
        return cast(
            "AsyncImageEditResource",
            section(self, "image_edit", "AsyncImageEditResource"),
        )

    @property
    def image_to_video(self) -> AsyncImageToVideoResource:
        """Image to Video."""
        return cast(
            "AsyncImageToVideoResource",
            section(self, "image_to_video", "AsyncImageToVideoResource"),
        )

    @property
    def wan_image_to_video(self) -> AsyncWanImageToVideoResource:
        """Wan Image to Video."""
        return cast(
            "AsyncWanImageToVideoResource",
            section(self, "wan_image_to_video", "AsyncWanImageToVideoResource"),
        )

    @property
    def wan_2_6_r2v_flash(self) -> AsyncWan26R2vFlashResource:
        """Wan 2.6 R2V Flash."""
        return cast(
            "AsyncWan26R2vFlashResource",
            section(self, "wan_2_6_r2v_flash", "AsyncWan26R2vFlashResource"),
        )

    @property
    def happy_horse_video(self) -> AsyncHappyHorseVideoResource:
        """HappyHorse Video."""
        return cast(
            "AsyncHappyHorseVideoResource",
            section(self, "happy_horse_video", "AsyncHappyHorseVideoResource"),
        )

    @property
    def talking_photo(self) -> AsyncTalkingPhotoResource:
        """Talking Photo."""
        return cast(
            "AsyncTalkingPhotoResource",
            section(self, "talking_photo", "AsyncTalkingPhotoResource"),
        )

    @property
    def talking_video(self) -> AsyncTalkingVideoResource:
        """Talking Video."""
        return cast(
            "AsyncTalkingVideoResource",
            section(self, "talking_video", "AsyncTalkingVideoResource"),
        )

    @property
    def virtual_try_on(self) -> AsyncVirtualTryOnResource:
        """Virtual Try-On."""
        return cast(
            "AsyncVirtualTryOnResource",
            section(self, "virtual_try_on", "AsyncVirtualTryOnResource"),
        )

    @property
    def think_sound(self) -> AsyncThinkSoundResource:
        """ThinkSound."""
        return cast(
            "AsyncThinkSoundResource",
            section(self, "think_sound", "AsyncThinkSoundResource"),
        )

    @property
    def motion_transfer(self) -> AsyncMotionTransferResource:
        """Motion Transfer."""
        return cast(
            "AsyncMotionTransferResource",
            section(self, "motion_transfer", "AsyncMotionTransferResource"),
        )

    @property
    def actor_swap(self) -> AsyncActorSwapResource:
        """Actor Swap."""
        return cast(
            "AsyncActorSwapResource",
            section(self, "actor_swap", "AsyncActorSwapResource"),
        )

    @property
    def product_avatar(self) -> AsyncProductAvatarResource:
        """Product Avatar."""
        return cast(
            "AsyncProductAvatarResource",
            section(self, "product_avatar", "AsyncProductAvatarResource"),
        )

    @property
    def head_swap(self) -> AsyncHeadSwapResource:
        """Head Swap."""
        return cast(
            "AsyncHeadSwapResource", section(self, "head_swap", "AsyncHeadSwapResource")
        )

    @property
    def veo_video(self) -> AsyncVeoVideoResource:
        """Veo Video."""
        return cast(
            "AsyncVeoVideoResource", section(self, "veo_video", "AsyncVeoVideoResource")
        )

    @property
    def kling_video(self) -> AsyncKlingVideoResource:
        """Kling Video."""
        return cast(
            "AsyncKlingVideoResource",
            section(self, "kling_video", "AsyncKlingVideoResource"),
        )

    @property
    def kling_omni(self) -> AsyncKlingOmniResource:
        """Kling Omni."""
        return cast(
            "AsyncKlingOmniResource",
            section(self, "kling_omni", "AsyncKlingOmniResource"),
        )

    @property
    def grok_video(self) -> AsyncGrokVideoResource:
        """Grok Video."""
        return cast(
            "AsyncGrokVideoResource",
            section(self, "grok_video", "AsyncGrokVideoResource"),
        )

    @property
    def hailuo_video_generation(self) -> AsyncHailuoVideoGenerationResource:
        """Hailuo Video Generation."""
        return cast(
            "AsyncHailuoVideoGenerationResource",
            section(
                self, "hailuo_video_generation", "AsyncHailuoVideoGenerationResource"
            ),
        )

    @property
    def mini_max_h3_video_generation(self) -> AsyncMiniMaxH3VideoGenerationResource:
        """MiniMax H3 Video Generation."""
        return cast(
            "AsyncMiniMaxH3VideoGenerationResource",
            section(
                self,
                "mini_max_h3_video_generation",
                "AsyncMiniMaxH3VideoGenerationResource",
            ),
        )

    @property
    def sora_2_pro_video(self) -> AsyncSora2ProVideoResource:
        """Sora 2 Pro Video."""
        return cast(
            "AsyncSora2ProVideoResource",
            section(self, "sora_2_pro_video", "AsyncSora2ProVideoResource"),
        )

    @property
    def seedance_1_5_pro(self) -> AsyncSeedance15ProResource:
        """Seedance 1.5 Pro."""
        return cast(
            "AsyncSeedance15ProResource",
            section(self, "seedance_1_5_pro", "AsyncSeedance15ProResource"),
        )

    @property
    def seedance_2_x(self) -> AsyncSeedance2XResource:
        """Seedance 2.x."""
        return cast(
            "AsyncSeedance2XResource",
            section(self, "seedance_2_x", "AsyncSeedance2XResource"),
        )
